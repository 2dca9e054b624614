package org.alliance.peer.internal;

import static org.alliance.peer.internal.Deidentification.A_DATE;
import static org.alliance.peer.internal.Deidentification.A_PHONE;
import static org.alliance.peer.internal.Deidentification.AN_EMAIL;
import static org.alliance.peer.internal.Deidentification.CLIENT_ADDRESS;
import static org.alliance.peer.internal.Deidentification.CLIENT_BIRTH_DATE;
import static org.alliance.peer.internal.Deidentification.CLIENT_EMAIL;
import static org.alliance.peer.internal.Deidentification.CLIENT_NAME;
import static org.alliance.peer.internal.Deidentification.CLIENT_PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.alliance.peer.internal.Deidentification.ClientIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeidentificationTest {

    private static final ClientIdentity CLIENT = new ClientIdentity("Mary-Ann O'Connor Li", LocalDate.of(1984, 3, 7),
            "mary.oc@example.org", "+1 (555) 201-3344", "12 Juniper Lane, Springfield, 62704");

    private static List<String> find(String text) {
        return Deidentification.findings(text, CLIENT);
    }

    @Test
    void aCleanSummaryHasNoFindings() {
        assertThat(find("Woman in her 40s, panic attacks since a job change; PHQ-9 score 14, GAD-7 of 12 at intake.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mary-Ann O'Connor Li reports panic.", "mary reports panic", "Seen with ANN today",
            "Ms. O'Connor reports panic", "Connor said"})
    void theClientsNameOrAnyPartOfThreeLettersIsFound(String text) {
        assertThat(find(text)).containsExactly(CLIENT_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She lives alone", "Her summary", "a list of goals", "Annual review", "Maryland trip"})
    void namePartsMatchOnlyAsWholeWordsAndShortPartsAreIgnored(String text) {
        // "Li" has two letters: too short to tell from ordinary words; "Ann" must not match "Annual".
        assertThat(find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"born 1984-03-07", "born 7/3/1984", "born 3/7/1984", "born 07.03.1984", "born 7 March 1984",
            "born 7th of March, 1984", "born March 7, 1984", "born Mar 7th 1984"})
    void theClientsDateOfBirthIsFoundInCommonFormats(String text) {
        assertThat(find(text)).containsExactly(CLIENT_BIRTH_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seen on 2026-03-03", "since 3/14/2026", "since 14/3/2026", "on 3 March 2026",
            "on March 3, 2026", "on 1 Sept 2025", "on 12-31-2025"})
    void anyFullDateIsFound(String text) {
        assertThat(find(text)).containsExactly(A_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"since 2019", "in March 2026", "PHQ-9 score 14", "session 12 of 16", "between 1990-2000",
            "scores 12 14 16 18 over four weeks", "3/4 of sessions attended", "on 31/31/2026", "GAD-7 went from 15 to 9",
            "aged 41, two children", "BP 120/80"})
    void ordinaryNumbersAreNotIdentifiers(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void theClientsEmailIsFoundWhateverTheCase() {
        assertThat(find("wrote from Mary.OC@example.org")).containsExactly(CLIENT_NAME, CLIENT_EMAIL);
    }

    @Test
    void anyOtherEmailAddressIsFound() {
        assertThat(find("her employer hr@acme.co.uk called")).containsExactly(AN_EMAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call 555-201-3344", "call 5552013344", "call +1 555 201 3344", "call (555) 201 3344",
            "call 1-555-201-3344"})
    void theClientsPhoneIsFoundIgnoringSeparators(String text) {
        assertThat(find(text)).containsExactly(CLIENT_PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"call 030 1234567", "her sister on 555.987.6543", "at 1234567", "+44 20 7946 0958"})
    void anyPhoneNumberOfSevenDigitsIsFound(String text) {
        assertThat(find(text)).containsExactly(A_PHONE);
    }

    @Test
    void sixDigitsAreNotAPhoneNumber() {
        assertThat(find("case 123456")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lives at 12 Juniper Lane", "lives on Juniper Lane", "moved to springfield", "zip 62704"})
    void thePartsOfTheClientsAddressAreFound(String text) {
        assertThat(find(text)).containsExactly(CLIENT_ADDRESS);
    }

    @Test
    void everyKindFoundIsListedOnceInAFixedOrder() {
        assertThat(find("Mary, born 1984-03-07, mary.oc@example.org, x@y.org, 555 201 3344, 555 999 0000, "
                + "seen 2026-01-05 and 2026-02-05, Juniper Lane"))
                .containsExactly(CLIENT_NAME, CLIENT_BIRTH_DATE, CLIENT_EMAIL, CLIENT_PHONE, CLIENT_ADDRESS, AN_EMAIL, A_PHONE,
                        A_DATE);
    }

    @Test
    void findingsNameKindsNeverTheIdentifierItself() {
        assertThat(String.join(" ", find("mary.oc@example.org 555 201 3344 1984-03-07")))
                .doesNotContain("example").doesNotContain("3344").doesNotContain("1984");
    }

    @Test
    void aClientWithoutRecordedDetailsStillGetsTheGeneralChecks() {
        ClientIdentity unknown = new ClientIdentity(null, null, null, null, null);
        assertThat(Deidentification.findings("a@b.io on 2026-03-03, 555 201 3344", unknown))
                .containsExactly(AN_EMAIL, A_PHONE, A_DATE);
    }

    @Test
    void blankTextHasNoFindings() {
        assertThat(Deidentification.findings(null, CLIENT)).isEmpty();
        assertThat(Deidentification.findings("  ", CLIENT)).isEmpty();
    }
}
