package org.alliance.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.alliance.api.core.Actor;
import org.alliance.spi.web.DashboardCard;
import org.alliance.spi.web.WebPage;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages and dashboard cards the installed modules contribute. Contributions come and go
 * with their modules; each is checked once when it arrives, and one that breaks the rules
 * (a reserved path, a script outside {@code /ui/}) is logged and left out rather than shown.
 */
@Component(service = ContributionRegistry.class)
public class ContributionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ContributionRegistry.class);

    /**
     * Keyed by service reference in reverse natural order: highest ranking first, then the
     * earliest registered, which is the one that wins a clash of ids or paths.
     */
    private final Map<ServiceReference<?>, Contribution> pages = new ConcurrentSkipListMap<>(Comparator.reverseOrder());
    private final Map<ServiceReference<?>, Contribution> cards = new ConcurrentSkipListMap<>(Comparator.reverseOrder());

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPage(ServiceReference<WebPage> reference, WebPage page) {
        checked(() -> ContributionRules.page(page, moduleName(reference))).ifPresent(c -> pages.put(reference, c));
    }

    void removePage(ServiceReference<WebPage> reference) {
        pages.remove(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addCard(ServiceReference<DashboardCard> reference, DashboardCard card) {
        checked(() -> ContributionRules.card(card, moduleName(reference))).ifPresent(c -> cards.put(reference, c));
    }

    void removeCard(ServiceReference<DashboardCard> reference) {
        cards.remove(reference);
    }

    /** The pages the actor may see, in navigation order; of two pages with one id or path, the first registered wins. */
    public List<Contribution> pagesFor(Actor actor) {
        return ContributionRules.visible(pages.values(), actor, Contribution::path);
    }

    /** The dashboard cards the actor may see, in order. */
    public List<Contribution> cardsFor(Actor actor) {
        return ContributionRules.visible(cards.values(), actor, Contribution::id);
    }

    private static Optional<Contribution> checked(java.util.function.Supplier<Contribution> check) {
        try {
            return Optional.of(check.get());
        } catch (IllegalArgumentException e) {
            LOG.warn("Web contribution left out: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static String moduleName(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return "";
        }
        String name = bundle.getHeaders("").get("Alliance-Module-Name");
        return name != null ? name : bundle.getSymbolicName();
    }

    static final Comparator<Contribution> ORDER = Comparator.comparingInt(Contribution::order)
            .thenComparing(Contribution::title, String.CASE_INSENSITIVE_ORDER);
}
