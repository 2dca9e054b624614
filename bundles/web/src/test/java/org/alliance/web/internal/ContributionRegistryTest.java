package org.alliance.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Hashtable;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;
import org.alliance.spi.web.WebPage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

class ContributionRegistryTest {

    private static final Actor ANYONE = new Actor(UUID.randomUUID(), "fran", "Fran", Set.of(Role.FRONTDESK));

    private final ContributionRegistry registry = new ContributionRegistry();

    @SuppressWarnings("unchecked")
    private static ServiceReference<WebPage> reference(long serviceId, String moduleName) {
        ServiceReference<WebPage> reference = mock(ServiceReference.class);
        Bundle bundle = mock(Bundle.class);
        Hashtable<String, String> headers = new Hashtable<>();
        headers.put("Alliance-Module-Name", moduleName);
        when(bundle.getHeaders("")).thenReturn(headers);
        when(reference.getBundle()).thenReturn(bundle);
        // Natural order of service references: lower ranking first; same ranking, higher id first.
        when(reference.compareTo(org.mockito.ArgumentMatchers.any())).thenAnswer(call -> {
            ServiceReference<?> other = call.getArgument(0);
            return Long.compare(((Number) other.getProperty("service.id")).longValue(), serviceId);
        });
        when(reference.getProperty("service.id")).thenReturn(serviceId);
        return reference;
    }

    @Test
    void aPageAppearsWithItsModuleAndDisappearsWithIt() {
        ServiceReference<WebPage> ref = reference(7, "Practice noticeboard");
        registry.addPage(ref, ContributionRulesTest.page("noticeboard", 500, Set.of()));

        assertThat(registry.pagesFor(ANYONE)).singleElement()
                .satisfies(c -> assertThat(c.module()).isEqualTo("Practice noticeboard"));

        registry.removePage(ref);
        assertThat(registry.pagesFor(ANYONE)).isEmpty();
    }

    @Test
    void aPageBreakingTheRulesIsLeftOut() {
        registry.addPage(reference(8, "Bad"), ContributionRulesTest.page("bad", "/api", "/ui/bad/page.js", 1, Set.of()));

        assertThat(registry.pagesFor(ANYONE)).isEmpty();
    }

    @Test
    void ofTwoPagesWithOnePathTheEarlierRegisteredWins() {
        registry.addPage(reference(20, "Later"), ContributionRulesTest.page("later", "/calendar", "/ui/b/p.js", 1, Set.of()));
        registry.addPage(reference(10, "Earlier"), ContributionRulesTest.page("earlier", "/calendar", "/ui/a/p.js", 1, Set.of()));

        assertThat(registry.pagesFor(ANYONE)).extracting(Contribution::id).containsExactly("earlier");
    }
}
