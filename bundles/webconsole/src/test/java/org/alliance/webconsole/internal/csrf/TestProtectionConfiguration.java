package org.alliance.webconsole.internal.csrf;

import java.lang.annotation.Annotation;

/** The console protection settings tests run with: the shipped defaults unless a test says otherwise. */
public record TestProtectionConfiguration(String[] allowedOrigins, boolean requireOrigin, String consolePath)
        implements ConsoleProtectionConfiguration {

    public static TestProtectionConfiguration defaults() {
        return new TestProtectionConfiguration(new String[0], true, "/system/console");
    }

    public ConsoleProtection protection() {
        return new ConsoleProtection(this);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return ConsoleProtectionConfiguration.class;
    }
}
