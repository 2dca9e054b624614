package org.alliance.webconsole.internal.modules;

import java.lang.annotation.Annotation;

/** The Practice Modules settings tests run with: the shipped defaults unless a test says otherwise. */
record TestModulesConfiguration(String[] protectedFeatures, int maxUploadMegabytes) implements ModulesConfiguration {

    /** The defaults as the annotation declares them, so tests cannot drift from what ships. */
    static TestModulesConfiguration defaults() {
        return new TestModulesConfiguration((String[]) defaultOf("protectedFeatures"), (Integer) defaultOf("maxUploadMegabytes"));
    }

    private static Object defaultOf(String attribute) {
        try {
            return ModulesConfiguration.class.getMethod(attribute).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    TestModulesConfiguration withMaxUploadMegabytes(int megabytes) {
        return new TestModulesConfiguration(protectedFeatures, megabytes);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return ModulesConfiguration.class;
    }
}
