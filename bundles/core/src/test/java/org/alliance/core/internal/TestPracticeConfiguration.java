package org.alliance.core.internal;

import java.lang.annotation.Annotation;
import org.alliance.core.internal.config.CompetencePolicy;
import org.alliance.core.internal.config.PracticeConfiguration;
import org.alliance.core.internal.config.PracticeSettings;

/** The practice configuration tests run with; change one value with a {@code with...} method. */
public record TestPracticeConfiguration(String name, String timeZone, int sessionIdleMinutes, int passwordMinLength,
        int loginMaxFailures, int breakGlassMinutes, CompetencePolicy competencePolicy) implements PracticeConfiguration {

    public static TestPracticeConfiguration defaults() {
        return new TestPracticeConfiguration("Test Practice", "UTC", 15, 12, 5, 60, CompetencePolicy.WARN);
    }

    public TestPracticeConfiguration withSessionIdleMinutes(int minutes) {
        return new TestPracticeConfiguration(name, timeZone, minutes, passwordMinLength, loginMaxFailures,
                breakGlassMinutes, competencePolicy);
    }

    public TestPracticeConfiguration withCompetencePolicy(CompetencePolicy policy) {
        return new TestPracticeConfiguration(name, timeZone, sessionIdleMinutes, passwordMinLength, loginMaxFailures,
                breakGlassMinutes, policy);
    }

    public PracticeSettings settings() {
        return new PracticeSettings(this);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return PracticeConfiguration.class;
    }
}
