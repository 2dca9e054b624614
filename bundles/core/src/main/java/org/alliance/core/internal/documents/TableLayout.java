package org.alliance.core.internal.documents;

/** Column widths of a table from its content: what each column needs, shared out to fill the width. */
final class TableLayout {

    private TableLayout() {
    }

    /**
     * @param natural   per column, the width of its widest line unwrapped (padding included)
     * @param minimum   per column, the width of its longest word (padding included)
     * @param available the table's width
     * @return widths that add up to {@code available}: natural widths plus a share of the rest when
     *         everything fits, else at least each minimum (scaled down if even those do not fit) and
     *         the rest shared by how much each column would still like
     */
    static float[] widths(float[] natural, float[] minimum, float available) {
        int n = natural.length;
        float[] widths = new float[n];
        float naturalSum = sum(natural);
        if (naturalSum <= available) {
            for (int i = 0; i < n; i++) {
                widths[i] = natural[i] + (available - naturalSum) * (naturalSum == 0 ? 1f / n : natural[i] / naturalSum);
            }
            return widths;
        }
        float[] base = new float[n];
        for (int i = 0; i < n; i++) {
            base[i] = Math.min(minimum[i], natural[i]);
        }
        float baseSum = sum(base);
        if (baseSum >= available) {
            for (int i = 0; i < n; i++) {
                widths[i] = base[i] * available / baseSum;
            }
            return widths;
        }
        float wish = naturalSum - baseSum;
        for (int i = 0; i < n; i++) {
            widths[i] = base[i] + (available - baseSum) * (natural[i] - base[i]) / wish;
        }
        return widths;
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }
}
