package org.alliance.core.internal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded (subset) in one document. Text goes through
 * {@link #clean} before it is measured or shown: a character the font has no glyph for becomes
 * {@code ?} instead of failing the whole document.
 */
final class DocumentFonts {

    /** The TrueType files, read once from the bundle. */
    record Files(byte[] regular, byte[] bold) {

        static Files fromBundle() {
            return new Files(read("/fonts/DejaVuSans.ttf"), read("/fonts/DejaVuSans-Bold.ttf"));
        }

        private static byte[] read(String name) {
            try (InputStream in = DocumentFonts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + name + " is missing from the bundle");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the font " + name, e);
            }
        }
    }

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> covered = new HashMap<>();

    DocumentFonts(PDDocument document, Files files) throws IOException {
        // Subset embedded, horizontal (the last argument: true would set the text vertically).
        this.regular = PDType0Font.load(document, new RandomAccessReadBuffer(files.regular()), true, false);
        this.bold = PDType0Font.load(document, new RandomAccessReadBuffer(files.bold()), true, false);
    }

    /**
     * The text as it can be shown in {@code font}: composed (NFC), line breaks as {@code \n}, tabs
     * as spaces, other control characters dropped, characters without a glyph as {@code ?}.
     */
    String clean(String text, PDType0Font font) {
        String composed = Normalizer.normalize(TextWrap.unixLines(text), Normalizer.Form.NFC);
        Map<Integer, Boolean> known = covered.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(cp) || cp == 0xFEFF) {
                // dropped: nothing useful to print
            } else if (known.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Width in points of cleaned text. */
    static float width(String cleaned, PDType0Font font, float size) {
        try {
            return font.getStringWidth(cleaned) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
