package org.alliance.supervision.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.alliance.api.supervision.LicensureRuleSet;
import org.alliance.api.supervision.RuleSetInfo;

/**
 * The licensure rule sets registered right now, from a dynamic reference. When two share an id the
 * higher service ranking wins (then the earlier registered), so a practice can replace a built-in
 * rule set with its own. Safe to read while rule sets come and go.
 */
final class RuleSets {

    private record Ranked(LicensureRuleSet ruleSet, int ranking, long serviceId) {
    }

    private static final Comparator<Ranked> BEST_FIRST = Comparator.<Ranked>comparingInt(r -> -r.ranking())
            .thenComparingLong(Ranked::serviceId);

    private final List<Ranked> registered = new CopyOnWriteArrayList<>();

    void add(LicensureRuleSet ruleSet, Map<String, Object> props) {
        int ranking = props.get("service.ranking") instanceof Integer r ? r : 0;
        long id = props.get("service.id") instanceof Long l ? l : Long.MAX_VALUE;
        registered.add(new Ranked(ruleSet, ranking, id));
    }

    void remove(LicensureRuleSet ruleSet) {
        registered.removeIf(r -> r.ruleSet() == ruleSet);
    }

    /** The rule set in force for {@code id}, if one is registered. */
    Optional<LicensureRuleSet> find(String id) {
        return id == null ? Optional.empty() : registered.stream().filter(r -> id.equals(r.ruleSet().id()))
                .sorted(BEST_FIRST).map(Ranked::ruleSet).findFirst();
    }

    /** One per id (the one in force), by name. */
    List<RuleSetInfo> list() {
        Map<String, LicensureRuleSet> byId = new LinkedHashMap<>();
        registered.stream().sorted(BEST_FIRST).forEach(r -> byId.putIfAbsent(r.ruleSet().id(), r.ruleSet()));
        return byId.values().stream().map(r -> new RuleSetInfo(r.id(), r.name(), r.maxSupervisorsAtOnce(),
                r.maxSuperviseesPerSupervisor())).sorted(Comparator.comparing(RuleSetInfo::name)).toList();
    }

    /** The name of a rule set, or its id when it is not installed (any more). */
    String name(String id) {
        return find(id).map(LicensureRuleSet::name).orElse(id);
    }
}
