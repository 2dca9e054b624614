package org.alliance.notify.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The console's values as the sender reads them, and what Jakarta Mail is told. */
class SmtpSettingsTest {

    @Test
    void outOfTheBoxEmailIsOffAndWaits() {
        SmtpSettings s = TestSmtp.defaults().settings();

        assertThat(s.enabled()).isFalse();
        assertThat(s.sendable()).isFalse();
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.security()).isEqualTo(Security.STARTTLS);
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.keep()).isEqualTo(Duration.ofDays(30));
        assertThat(s.describe()).startsWith("Email is off");
    }

    @Test
    void enabledWithoutAServerOrAValidSenderSaysWhatIsMissing() {
        assertThat(TestSmtp.local(25).with("host", " ").settings().describe()).contains("no SMTP server is set");
        assertThat(TestSmtp.local(25).with("fromAddress", "office").settings().problem()).contains("not an email address");
        assertThat(TestSmtp.local(25).settings().sendable()).isTrue();
    }

    @Test
    void numbersOutOfRangeAreClampedNotRefused() {
        SmtpSettings s = TestSmtp.local(70000).with("connectTimeoutSeconds", 0).with("keepDays", -3).settings();

        assertThat(s.port()).isEqualTo(65535);
        assertThat(s.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.keep()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aWebAppAddressThatIsNoHttpAddressIsIgnored() {
        assertThat(TestSmtp.local(25).with("appUrl", "javascript:alert(1)").settings().appUrl()).isEmpty();
        assertThat(TestSmtp.local(25).with("appUrl", "https://alliance.example/app/").settings().appUrl())
                .isEqualTo("https://alliance.example/app");
    }

    @Test
    void thePasswordNeverAppearsInTheSettingsText() {
        SmtpSettings s = TestSmtp.local(25).with("username", "office").with("password", "s3cret-pw").settings();

        assertThat(s.toString()).doesNotContain("s3cret-pw").contains("office");
    }

    @Test
    void starttlsIsRequiredNotMerelyOfferedAndCertificatesMustNameTheHost() {
        Properties p = SmtpMailer.properties(TestSmtp.local(587).with("security", Security.STARTTLS).settings(), "smtp");

        assertThat(p).containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth", "false");
    }

    @Test
    void timeoutsAreGivenInMilliseconds() {
        Properties p = SmtpMailer.properties(TestSmtp.local(465).with("security", Security.TLS)
                .with("readTimeoutSeconds", 45).with("username", "office").settings(), "smtps");

        assertThat(p).containsEntry("mail.smtps.connectiontimeout", "10000").containsEntry("mail.smtps.timeout", "45000")
                .containsEntry("mail.smtps.auth", "true").doesNotContainKey("mail.smtps.starttls.enable");
    }
}
