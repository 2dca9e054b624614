package org.alliance.core.internal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Pages of one document and a cursor running down them: A4, the running header (practice name
 * and document title) drawn as each page starts, the footer ("Page X of Y" and the
 * confidentiality notice) drawn over every page at the end, once the count is known.
 * Coordinates are PDF points from the bottom left; {@link #y()} is the top of the next line.
 */
final class PageFlow {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN_X = 56;
    private static final float HEADER_BASELINE = A4.getHeight() - 36;
    private static final float BODY_TOP = A4.getHeight() - 66;
    private static final float FOOTER_RULE = 54;
    private static final float SMALL = 8;
    private static final float SMALL_LEADING = 10;

    static final String NOTICE = "Confidential health information. Do not disclose without the client's "
            + "authorization or as the law permits.";

    private final PDDocument document;
    private final DocumentFonts fonts;
    private final String practiceName;
    private final String title;
    private final List<String> noticeLines;
    private final float bottom;
    private PDPageContentStream out;
    private float y;
    private boolean pageHasContent;

    PageFlow(PDDocument document, DocumentFonts fonts, String practiceName, String title, boolean confidential) {
        this.document = document;
        this.fonts = fonts;
        this.practiceName = fonts.clean(practiceName.replace('\n', ' '), fonts.bold);
        this.title = fonts.clean(title.replace('\n', ' '), fonts.regular);
        float noticeWidth = width() - 90;
        this.noticeLines = confidential
                ? TextWrap.lines(fonts.clean(NOTICE, fonts.regular), s -> DocumentFonts.width(s, fonts.regular, SMALL), noticeWidth)
                : List.of();
        // The notice is two lines under the rule; the body ends above it.
        this.bottom = FOOTER_RULE + 10;
        newPage();
    }

    float left() {
        return MARGIN_X;
    }

    float width() {
        return A4.getWidth() - 2 * MARGIN_X;
    }

    float y() {
        return y;
    }

    /** The height of the body of an empty page. */
    float bodyHeight() {
        return BODY_TOP - bottom;
    }

    /** Whether {@code height} more points fit above the footer on this page. */
    boolean fits(float height) {
        return y - height >= bottom;
    }

    /** Starts a new page unless {@code height} fits on this one (or this page is still empty); true if it did. */
    boolean ensure(float height) {
        if (!fits(height) && pageHasContent) {
            newPage();
            return true;
        }
        return false;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        try {
            out = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = BODY_TOP;
        pageHasContent = false;
        header();
    }

    void down(float points) {
        y -= points;
    }

    /** Shows one line of cleaned text with its baseline {@code size} below {@code top}. */
    void text(String cleaned, PDType0Font font, float size, float x, float top, float gray) {
        if (cleaned.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.setNonStrokingColor(gray);
            out.setFont(font, size);
            out.newLineAtOffset(x, top - size);
            out.showText(cleaned);
            out.endText();
            out.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pageHasContent = true;
    }

    void rule(float x1, float x2, float atY, float gray, float lineWidth) {
        rule(out, x1, x2, atY, gray, lineWidth);
        pageHasContent = true;
    }

    void fill(float x, float top, float w, float h, float gray) {
        try {
            out.setNonStrokingColor(gray);
            out.addRect(x, top - h, w, h);
            out.fill();
            out.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the last page and draws every page's footer. */
    void finish() {
        closeStream();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                rule(footer, left(), left() + width(), FOOTER_RULE, 0.6f, 0.5f);
                String number = "Page " + (i + 1) + " of " + count;
                float numberWidth = DocumentFonts.width(number, fonts.regular, SMALL);
                show(footer, number, left() + width() - numberWidth, FOOTER_RULE - 4);
                float top = FOOTER_RULE - 4;
                for (String line : noticeLines) {
                    show(footer, line, left(), top);
                    top -= SMALL_LEADING;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void header() {
        float half = width() / 2 - 10;
        String name = fit(practiceName, fonts.bold, half);
        String shownTitle = fit(title, fonts.regular, half);
        text(name, fonts.bold, 9, left(), HEADER_BASELINE + 9, 0.3f);
        text(shownTitle, fonts.regular, 9, left() + width() - DocumentFonts.width(shownTitle, fonts.regular, 9),
                HEADER_BASELINE + 9, 0.3f);
        rule(left(), left() + width(), HEADER_BASELINE - 6, 0.6f, 0.5f);
        pageHasContent = false;
    }

    private void show(PDPageContentStream stream, String cleaned, float x, float top) throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(0.3f);
        stream.setFont(fonts.regular, SMALL);
        stream.newLineAtOffset(x, top - SMALL);
        stream.showText(cleaned);
        stream.endText();
    }

    /** The text, shortened with an ellipsis to fit {@code maxWidth}. */
    private static String fit(String cleaned, PDType0Font font, float maxWidth) {
        if (DocumentFonts.width(cleaned, font, 9) <= maxWidth) {
            return cleaned;
        }
        String shortened = cleaned;
        while (!shortened.isEmpty() && DocumentFonts.width(shortened + "…", font, 9) > maxWidth) {
            shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
        }
        return shortened + "…";
    }

    private static void rule(PDPageContentStream stream, float x1, float x2, float atY, float gray, float lineWidth) {
        try {
            stream.setStrokingColor(gray);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, atY);
            stream.lineTo(x2, atY);
            stream.stroke();
            stream.setStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out = null;
        }
    }
}
