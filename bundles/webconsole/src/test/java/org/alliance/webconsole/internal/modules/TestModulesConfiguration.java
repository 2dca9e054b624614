package org.alliance.webconsole.internal.modules;

import java.lang.annotation.Annotation;

/** The Practice Modules settings tests run with: the shipped defaults unless a test says otherwise. */
record TestModulesConfiguration(String[] protectedFeatures, int maxUploadMegabytes) implements ModulesConfiguration {

    static TestModulesConfiguration defaults() {
        return new TestModulesConfiguration(new String[] {"alliance-core", "alliance-runtime", "alliance-rest",
            "alliance-web", "alliance-webconsole", "alliance-all"}, 100);
    }

    TestModulesConfiguration withMaxUploadMegabytes(int megabytes) {
        return new TestModulesConfiguration(protectedFeatures, megabytes);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return ModulesConfiguration.class;
    }
}
