package org.alliance.webconsole.internal.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** The messages are the ones Karaf 4.4.10 really produced for these mistakes. */
class KarafErrorsTest {

    private static final String MISSING_PACKAGE = "Unable to resolve root: missing requirement [root] osgi.identity;"
            + " osgi.identity=alliance-needy; type=karaf.feature; version=\"[1.0.0,1.0.0]\"; filter:=\"(&(osgi.identity"
            + "=alliance-needy)(type=karaf.feature)(version>=1.0.0)(version<=1.0.0))\" [caused by: Unable to resolve"
            + " alliance-needy/1.0.0: missing requirement [alliance-needy/1.0.0] osgi.identity; osgi.identity="
            + "org.example.needy; type=osgi.bundle; version=\"[1.0.0,1.0.0]\"; resolution:=mandatory [caused by: Unable"
            + " to resolve org.example.needy/1.0.0: missing requirement [org.example.needy/1.0.0] osgi.wiring.package;"
            + " filter:=\"(&(osgi.wiring.package=com.nope)(version>=1.2.0)(!(version>=2.0.0)))\"]]";

    private static final String MISSING_FEATURE = "Unable to resolve root: missing requirement [root] osgi.identity;"
            + " osgi.identity=alliance-unres2; type=karaf.feature; version=\"[1.0.0,1.0.0]\"; filter:=\"(&(osgi.identity="
            + "alliance-unres2)(type=karaf.feature)(version>=1.0.0)(version<=1.0.0))\" [caused by: Unable to resolve"
            + " alliance-unres2/1.0.0: missing requirement [alliance-unres2/1.0.0] osgi.identity; osgi.identity="
            + "no-such-feature; type=karaf.feature]";

    @Test
    void aMissingPackageNamesTheBundleThePackageAndItsVersions() {
        assertThat(KarafErrors.explain(new Exception(MISSING_PACKAGE))).isEqualTo("org.example.needy/1.0.0 needs the Java"
                + " package com.nope (version 1.2.0 or later, before 2.0.0), which no installed or available bundle"
                + " provides. Add a bundle that exports it to the plugin's feature, or install the feature that has one first.");
    }

    @Test
    void theInnermostStepIsExplainedEvenWhenTheCausesRepeatIt() {
        Exception chain = new Exception(MISSING_PACKAGE, new Exception("Unable to resolve alliance-needy/1.0.0: missing"
                + " requirement [alliance-needy/1.0.0] osgi.identity; osgi.identity=org.example.needy; type=osgi.bundle"));

        assertThat(KarafErrors.explain(chain)).startsWith("org.example.needy/1.0.0 needs the Java package com.nope");
    }

    @Test
    void aMissingFeatureSaysToAddItsRepositoryFirst() {
        assertThat(KarafErrors.explain(new Exception(MISSING_FEATURE))).isEqualTo("alliance-unres2/1.0.0 needs the feature"
                + " no-such-feature, which no known features repository contains. Add the repository or plugin that provides"
                + " it first.");
    }

    @Test
    void aMissingServiceIsNamed() {
        String message = "Unable to resolve org.example.x/1.0.0: missing requirement [org.example.x/1.0.0] osgi.service;"
                + " filter:=\"(objectClass=org.example.Clock)\"; effective:=resolve";

        assertThat(KarafErrors.explain(new Exception(message)))
                .isEqualTo("org.example.x/1.0.0 needs a service org.example.Clock that no installed or available bundle offers.");
    }

    @Test
    void aBundleThatCannotBeDownloadedIsNamed() {
        IOException download = new IOException("Error downloading mvn:org.nope/nope/1.0.0",
                new IOException("Error resolving artifact org.nope:nope:jar:1.0.0"));

        assertThat(KarafErrors.explain(download)).isEqualTo("could not download mvn:org.nope/nope/1.0.0. It is neither in"
                + " the server's system folder nor in a Maven repository the server can reach.");
    }

    @Test
    void anUnreadableRepositorySaysNothingIsThere() {
        Exception e = new RuntimeException("/tmp/x.xml (No such file or directory) : file:/tmp/x.xml",
                new FileNotFoundException("/tmp/x.xml (No such file or directory)"));

        assertThat(KarafErrors.explain(e)).isEqualTo("there is nothing to read at that address (/tmp/x.xml (No such file or directory)).");
    }

    @Test
    void aFileThatIsNotAFeaturesRepositorySaysSo() {
        Exception e = new RuntimeException("Unable to load file:/tmp/bad.xml : file:/tmp/bad.xml",
                new RuntimeException("Unable to load file:/tmp/bad.xml",
                        new SAXParseException("Content is not allowed in prolog.", null)));

        assertThat(KarafErrors.explain(e)).isEqualTo("it is not a valid features repository: Content is not allowed in prolog.");
    }

    @Test
    void anUnreachableHostSaysSo() {
        Exception e = new RuntimeException("Unable to load", new UnknownHostException("plugins.example.org"));

        assertThat(KarafErrors.explain(e)).startsWith("the server cannot reach that address").contains("plugins.example.org");
    }

    @Test
    void anythingElseKeepsKarafsOwnMessage() {
        assertThat(KarafErrors.explain(new IllegalStateException("Provisioning already in progress")))
                .isEqualTo("Provisioning already in progress");
        assertThat(KarafErrors.explain(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void theDetailsHoldEveryMessageOfTheChainOnce() {
        Exception root = new IOException("disk full");
        Exception top = new RuntimeException("could not write", root);
        top.addSuppressed(new IllegalStateException("also this"));

        assertThat(KarafErrors.details(top)).isEqualTo("java.lang.RuntimeException: could not write\n"
                + "java.lang.IllegalStateException: also this\njava.io.IOException: disk full");
    }

    @Test
    void aProblemCarriesWhatWasBeingDoneTheExplanationAndTheDetails() {
        ModuleProblem problem = KarafErrors.problem(409, "Could not enable alliance-unres2", new Exception(MISSING_FEATURE));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.getMessage()).startsWith("Could not enable alliance-unres2: alliance-unres2/1.0.0 needs the feature");
        assertThat(problem.details()).isEqualTo("java.lang.Exception: " + MISSING_FEATURE);
    }
}
