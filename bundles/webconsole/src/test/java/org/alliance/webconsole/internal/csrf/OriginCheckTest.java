package org.alliance.webconsole.internal.csrf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginCheckTest {

    private static final String HOST = "practice.example.org:8181";

    private final OriginCheck check = new OriginCheck(List.of("https://proxy.example.org/", "not an origin"), true);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "post", "PROPPATCH"})
    void methodsThatCanChangeStateAreChecked(String method) {
        assertThat(OriginCheck.changesState(method)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "TRACE", "get"})
    void safeMethodsAreNotChecked(String method) {
        assertThat(OriginCheck.changesState(method)).isFalse();
    }

    @ParameterizedTest(name = "Origin={0} Referer={1} -> {2}")
    @CsvSource(nullValues = "-", value = {
        // the console's own pages
        "http://practice.example.org:8181,            -,                                            true",
        "HTTP://Practice.Example.ORG:8181,            -,                                            true",
        "-,                                           http://practice.example.org:8181/system/console/bundles, true",
        // a listed reverse proxy, default port spelled out or not
        "https://proxy.example.org,                   -,                                            true",
        "https://proxy.example.org:443,               -,                                            true",
        "-,                                           https://proxy.example.org/system/console,     true",
        // anything else
        "https://evil.example,                        -,                                            false",
        "http://practice.example.org:8182,            -,                                            false",
        "https://practice.example.org:8181,           -,                                            false",
        "http://practice.example.org.evil.example:8181, -,                                          false",
        "null,                                        -,                                            false",
        "-,                                           https://evil.example/page,                    false",
        "-,                                           not a url,                                    false",
        // Origin wins over Referer: a forged page cannot borrow the console's Referer
        "https://evil.example,                        http://practice.example.org:8181/system/console, false",
    })
    void admitsOnlyTheConsolesOwnOriginAndTheListedOnes(String origin, String referer, boolean allowed) {
        assertThat(check.check(origin, referer, "http", HOST).allowed()).isEqualTo(allowed);
    }

    @Test
    void theDefaultPortOfTheRequestNeedNotBeSpelledOut() {
        assertThat(check.check("https://practice.example.org", null, "https", "practice.example.org:443").allowed()).isTrue();
        assertThat(check.check("http://practice.example.org:80", null, "http", "practice.example.org").allowed()).isTrue();
    }

    @Test
    void aRequestWithNeitherHeaderIsRefusedAndTheReasonSaysWhatToSend() {
        OriginCheck.Verdict verdict = check.check(null, null, "http", HOST);

        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reason()).contains("Origin: http://practice.example.org:8181");
    }

    @Test
    void aRequestWithNeitherHeaderIsAdmittedWhenOriginIsNotRequired() {
        OriginCheck lenient = new OriginCheck(List.of(), false);

        assertThat(lenient.check(null, null, "http", HOST).allowed()).isTrue();
        assertThat(lenient.check("https://evil.example", null, "http", HOST).allowed()).isFalse();
    }

    @Test
    void aRequestWithoutHostIsAdmittedOnlyFromAListedOrigin() {
        assertThat(check.check("http://practice.example.org:8181", null, "http", null).allowed()).isFalse();
        assertThat(check.check("https://proxy.example.org", null, "http", null).allowed()).isTrue();
    }

    @Test
    void aRefusalNamesTheOriginAndTheSettingThatAdmitsAProxy() {
        OriginCheck.Verdict verdict = check.check("https://evil.example", null, "http", HOST);

        assertThat(verdict.reason()).contains("https://evil.example").contains("http://practice.example.org:8181")
                .contains("Allowed origins");
    }
}
