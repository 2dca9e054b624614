package org.alliance.supervision.internal;

import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervision settings in force. Changes apply at once ({@code @Modified}); a malformed rule
 * set id is ignored and logged, so a typo cannot stop the module.
 */
@Component(service = SupervisionSettings.class, configurationPid = SupervisionConfiguration.PID)
@Designate(ocd = SupervisionConfiguration.class)
public class SupervisionSettings {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisionSettings.class);
    static final Pattern RULE_SET_ID = Pattern.compile("[a-z0-9-]{2,40}");

    /**
     * The values in force, replaced as a whole; also the body of {@code GET /api/v1/supervision/policy}.
     *
     * @param defaultRuleSet the rule set id for relationships that name none, or {@code null}
     */
    public record Policy(String defaultRuleSet, boolean hoursFromCalendar) {
    }

    private volatile Policy policy;

    @Activate
    public SupervisionSettings(SupervisionConfiguration config) {
        apply(config);
    }

    private SupervisionSettings(Policy policy) {
        this.policy = policy;
    }

    /** Fixed values, for tests. */
    public static SupervisionSettings of(Policy policy) {
        return new SupervisionSettings(policy);
    }

    @Modified
    void apply(SupervisionConfiguration c) {
        String ruleSet = c.defaultRuleSet() == null ? "" : c.defaultRuleSet().strip();
        if (!ruleSet.isEmpty() && !RULE_SET_ID.matcher(ruleSet).matches()) {
            LOG.warn("Supervision setting defaultRuleSet='{}' is not a rule set id (2 to 40 of a-z, 0-9, '-'); ignoring it",
                    ruleSet);
            ruleSet = "";
        }
        policy = new Policy(ruleSet.isEmpty() ? null : ruleSet, c.hoursFromCalendar());
    }

    public Policy policy() {
        return policy;
    }
}
