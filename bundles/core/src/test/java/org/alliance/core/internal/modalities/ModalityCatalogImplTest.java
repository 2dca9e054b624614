package org.alliance.core.internal.modalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.alliance.api.core.ModalityInfo;
import org.alliance.spi.modality.Modality;
import org.alliance.spi.modality.SessionCadence;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

class ModalityCatalogImplTest {

    private static final AtomicLong SERVICE_IDS = new AtomicLong(100);

    private final ModalityCatalogImpl catalog = new ModalityCatalogImpl();

    @Test
    void listsEveryInstalledModalitySortedByNameWithItsPluginAndContent() {
        register("psychodynamic", 0, "org.example.psychodynamic", new TestModality("Psychodynamic therapy"));
        register("cbt", 0, "org.example.cbt", new TestModality("Cognitive behavioural therapy"));
        register("act", 0, "org.example.act", new TestModality("acceptance and commitment therapy"));

        assertThat(catalog.installed()).extracting(ModalityInfo::id).containsExactly("act", "cbt", "psychodynamic");
        ModalityInfo cbt = catalog.find("cbt").orElseThrow();
        assertThat(cbt.plugin()).isEqualTo("org.example.cbt");
        assertThat(cbt.name()).isEqualTo("Cognitive behavioural therapy");
        assertThat(cbt.cadence().sessionMinutes()).isEqualTo(50);
        assertThat(cbt.noteTemplates()).containsExactly(TestModality.THOUGHT_RECORD);
        assertThat(cbt.outcomeMeasures()).containsExactly(TestModality.MINI);
        assertThat(cbt.terminationConsiderations()).containsExactly("Review the relapse-prevention plan");
    }

    @Test
    void anUnregisteredPluginDisappearsAtOnce() {
        ServiceReference<Modality> cbt = register("cbt", 0, "org.example.cbt", new TestModality("CBT"));

        catalog.removeModality(cbt);

        assertThat(catalog.installed()).isEmpty();
        assertThat(catalog.find("cbt")).isEmpty();
    }

    @Test
    void servicesWithoutOrWithAMalformedIdAreIgnored() {
        register(null, 0, "org.example.noid", new TestModality("No id"));
        register("CBT", 0, "org.example.upper", new TestModality("Upper case"));
        register("1cbt", 0, "org.example.digit", new TestModality("Digit first"));
        register("a".repeat(65), 0, "org.example.long", new TestModality("Too long"));
        register("dbt", 0, "org.example.dbt", new TestModality("DBT"));

        assertThat(catalog.installed()).extracting(ModalityInfo::id).containsExactly("dbt");
    }

    @Test
    void theHighestRankingWinsAnIdThenTheOlderService() {
        register("cbt", 0, "org.example.first", new TestModality("First"));
        register("cbt", 0, "org.example.second", new TestModality("Second"));
        assertThat(catalog.find("cbt")).map(ModalityInfo::plugin).hasValue("org.example.first");

        ServiceReference<Modality> ranked = register("cbt", 10, "org.example.ranked", new TestModality("Ranked"));
        assertThat(catalog.installed()).extracting(ModalityInfo::plugin).containsExactly("org.example.ranked");

        catalog.removeModality(ranked);
        assertThat(catalog.find("cbt")).map(ModalityInfo::plugin).hasValue("org.example.first");
    }

    @Test
    void aChangedRankingIsAppliedWhenTheServiceIsUpdated() {
        register("cbt", 5, "org.example.first", new TestModality("First"));
        TestModality second = new TestModality("Second");
        ServiceReference<Modality> ref = register("cbt", 0, "org.example.second", second);
        assertThat(catalog.find("cbt")).map(ModalityInfo::plugin).hasValue("org.example.first");

        when(ref.getProperty(Constants.SERVICE_RANKING)).thenReturn(9);
        catalog.updatedModality(ref, second);

        assertThat(catalog.find("cbt")).map(ModalityInfo::plugin).hasValue("org.example.second");
    }

    @Test
    void aPluginThatThrowsIsLeftOutOfThatAnswerOnly() {
        Broken broken = new Broken();
        register("broken", 0, "org.example.broken", broken);
        register("cbt", 0, "org.example.cbt", new TestModality("CBT"));

        assertThat(catalog.installed()).extracting(ModalityInfo::id).containsExactly("cbt");
        assertThat(catalog.find("broken")).isEmpty();

        broken.failing = false;
        assertThat(catalog.installed()).extracting(ModalityInfo::id).containsExactly("broken", "cbt");
    }

    @Test
    void aPluginThatAnswersABlankNameOrNoCadenceIsLeftOut() {
        register("blank", 0, "org.example.blank", new TestModality(" "));
        Broken noCadence = new Broken() {
            @Override
            public SessionCadence recommendedCadence() {
                return null;
            }
        };
        noCadence.failing = false;
        register("nocadence", 0, "org.example.nocadence", noCadence);

        assertThat(catalog.installed()).isEmpty();
    }

    @Test
    void findOfAnUnknownOrNullIdIsEmpty() {
        register("cbt", 0, "org.example.cbt", new TestModality("CBT"));

        assertThat(catalog.find("dbt")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();
    }

    /** A plugin whose name() throws until it is fixed. */
    static class Broken implements Modality {
        volatile boolean failing = true;

        @Override
        public String name() {
            if (failing) {
                throw new IllegalStateException("database of the plugin is down");
            }
            return "Broken, then fixed";
        }

        @Override
        public String description() {
            return "";
        }

        @Override
        public SessionCadence recommendedCadence() {
            return new SessionCadence(50, 7, "open-ended");
        }
    }

    @SuppressWarnings("unchecked")
    private ServiceReference<Modality> register(String id, int ranking, String bsn, Modality service) {
        Map<String, Object> props = new HashMap<>();
        props.put(Constants.SERVICE_ID, SERVICE_IDS.incrementAndGet());
        props.put(Constants.SERVICE_RANKING, ranking);
        if (id != null) {
            props.put(Modality.ID_PROPERTY, id);
        }
        ServiceReference<Modality> ref = mock(ServiceReference.class);
        props.forEach((k, v) -> when(ref.getProperty(k)).thenReturn(v));
        Bundle bundle = mock(Bundle.class);
        when(bundle.getSymbolicName()).thenReturn(bsn);
        when(ref.getBundle()).thenReturn(bundle);
        catalog.addModality(ref, service);
        return ref;
    }
}
