package org.alliance.core.internal.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Greedy word wrap of plain text: kept line breaks, single spaces between words, over-long words broken. */
final class TextWrap {

    private TextWrap() {
    }

    /** The lines {@code text} (already cleaned, with {@code \n} line breaks) takes at {@code maxWidth}. */
    static List<String> lines(String text, ToDoubleFunction<String> width, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width.applyAsDouble(candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width.applyAsDouble(rest) > maxWidth) {
                    int cut = longestFittingPrefix(rest, width, maxWidth);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Code point boundary of the longest prefix that fits; at least one character. */
    private static int longestFittingPrefix(String word, ToDoubleFunction<String> width, float maxWidth) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width.applyAsDouble(word.substring(0, next)) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Normalizes line breaks to {@code \n}. */
    static String unixLines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
