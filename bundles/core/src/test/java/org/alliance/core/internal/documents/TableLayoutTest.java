package org.alliance.core.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TableLayoutTest {

    @Test
    void columnsThatFitKeepTheirProportionsAndFillTheWidth() {
        float[] widths = TableLayout.widths(new float[] {50, 150}, new float[] {20, 40}, 400);

        assertThat(widths[0]).isCloseTo(100, within(0.01f));
        assertThat(widths[1]).isCloseTo(300, within(0.01f));
    }

    @Test
    void aWideColumnGivesWayButNoColumnGoesBelowItsLongestWord() {
        float[] widths = TableLayout.widths(new float[] {60, 2000, 40}, new float[] {60, 80, 40}, 400);

        assertThat(widths[0]).isCloseTo(60, within(0.01f));
        assertThat(widths[2]).isCloseTo(40, within(0.01f));
        assertThat(widths[1]).isCloseTo(300, within(0.01f));
    }

    @Test
    void whenEvenTheLongestWordsDoNotFitEveryColumnShrinks() {
        float[] widths = TableLayout.widths(new float[] {300, 300}, new float[] {300, 100}, 200);

        assertThat(widths[0] + widths[1]).isCloseTo(200, within(0.01f));
        assertThat(widths[0]).isCloseTo(150, within(0.01f));
    }
}
