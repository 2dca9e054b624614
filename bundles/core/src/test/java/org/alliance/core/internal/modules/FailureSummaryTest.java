package org.alliance.core.internal.modules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a module's problem says when one of its components failed to start. */
class FailureSummaryTest {

    @Test
    void aConstructorsExceptionIsNamedInsteadOfItsReflectionWrapper() {
        String failure = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
                Caused by: java.lang.IllegalStateException: The keystore etc/a.p12 exists but cannot be opened
                \tat org.alliance.core.internal.crypto.ClinicalKeystore.openExisting(ClinicalKeystore.java:130)
                Caused by: java.io.IOException: Integrity check failed
                """;

        assertThat(ModuleRegistryImpl.failureSummary(failure))
                .isEqualTo("java.lang.IllegalStateException: The keystore etc/a.p12 exists but cannot be opened");
    }

    @Test
    void anyOtherFailureIsItsFirstLine() {
        assertThat(ModuleRegistryImpl.failureSummary("java.lang.IllegalStateException: no schema\n\tat x.y(Z.java:1)"))
                .isEqualTo("java.lang.IllegalStateException: no schema");
        assertThat(ModuleRegistryImpl.failureSummary(null)).isEqualTo("no reason given");
    }
}
