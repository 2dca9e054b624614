package org.alliance.core.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Widths here are one point per character. */
class TextWrapTest {

    private static java.util.List<String> wrap(String text, int width) {
        return TextWrap.lines(text, String::length, width);
    }

    @Test
    void fillsLinesWordByWord() {
        assertThat(wrap("the quick brown fox jumps", 10)).containsExactly("the quick", "brown fox", "jumps");
    }

    @Test
    void keepsLineBreaksAndEmptyLines() {
        assertThat(wrap("one\n\ntwo", 10)).containsExactly("one", "", "two");
    }

    @Test
    void breaksAWordLongerThanTheLine() {
        assertThat(wrap("ab abcdefghijkl cd", 5)).containsExactly("ab", "abcde", "fghij", "kl cd");
    }

    @Test
    void neverSplitsASurrogatePair() {
        assertThat(wrap("😊😊😊", 3)).allSatisfy(line -> assertThat(Character.isLowSurrogate(line.charAt(0))).isFalse());
    }
}
