package org.alliance.core.internal.documents;

import java.util.ArrayList;
import java.util.List;
import org.alliance.api.document.Block;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Lays the blocks of a document out down the pages of a {@link PageFlow}. */
final class BlockWriter {

    private static final float BODY = 10;
    private static final float LEADING = 13.5f;
    private static final float CELL = 9;
    private static final float CELL_LEADING = 12;
    private static final float CELL_PAD_X = 4;
    private static final float CELL_PAD_Y = 3;

    /** One column of a row: where it starts, how wide, in which font, and its wrapped lines. */
    private record Cell(float x, List<String> lines, PDType0Font font, float gray) {
    }

    private final PageFlow page;
    private final DocumentFonts fonts;

    BlockWriter(PageFlow page, DocumentFonts fonts) {
        this.page = page;
        this.fonts = fonts;
    }

    void title(String title, String subtitle) {
        for (String line : wrap(title, fonts.bold, 18, page.width())) {
            page.text(line, fonts.bold, 18, page.left(), page.y(), 0f);
            page.down(23);
        }
        if (subtitle != null && !subtitle.isBlank()) {
            for (String line : wrap(subtitle, fonts.regular, 11, page.width())) {
                page.text(line, fonts.regular, 11, page.left(), page.y(), 0.3f);
                page.down(15);
            }
        }
        page.down(10);
    }

    void write(Block block) {
        if (block instanceof Block.Heading h) {
            heading(h);
        } else if (block instanceof Block.Paragraph p) {
            paragraph(p);
        } else if (block instanceof Block.Fields f) {
            fields(f);
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.SignatureLine s) {
            signature(s);
        } else {
            throw new IllegalArgumentException("Unknown block " + block.getClass().getName());
        }
    }

    private void heading(Block.Heading heading) {
        float size = heading.level() == 1 ? 14 : 11.5f;
        float leading = size * 1.3f;
        List<String> lines = wrap(heading.text(), fonts.bold, size, page.width());
        // Kept with the first lines of what follows.
        page.ensure(6 + lines.size() * leading + 2 * LEADING);
        page.down(heading.level() == 1 ? 8 : 4);
        for (String line : lines) {
            page.text(line, fonts.bold, size, page.left(), page.y(), 0f);
            page.down(leading);
        }
        page.down(3);
    }

    private void paragraph(Block.Paragraph paragraph) {
        for (String line : wrap(paragraph.text(), fonts.regular, BODY, page.width())) {
            page.ensure(LEADING);
            page.text(line, fonts.regular, BODY, page.left(), page.y(), 0f);
            page.down(LEADING);
        }
        page.down(6);
    }

    private void fields(Block.Fields block) {
        float labelWidth = 0;
        for (Block.Field field : block.fields()) {
            for (String line : fonts.clean(field.label(), fonts.bold).split("\n")) {
                labelWidth = Math.max(labelWidth, DocumentFonts.width(line, fonts.bold, BODY));
            }
        }
        labelWidth = Math.min(labelWidth + 12, page.width() * 0.38f);
        float valueX = page.left() + labelWidth;
        float valueWidth = page.width() - labelWidth;
        for (Block.Field field : block.fields()) {
            Cell label = new Cell(page.left(), wrap(field.label(), fonts.bold, BODY, labelWidth - 12), fonts.bold, 0f);
            Cell value = new Cell(valueX, wrap(field.value() == null ? "" : field.value(), fonts.regular, BODY, valueWidth),
                    fonts.regular, 0f);
            row(List.of(label, value), BODY, LEADING, 0, null);
            page.down(2);
        }
        page.down(6);
    }

    private void table(Block.Table table) {
        int columns = table.headers().size();
        if (columns == 0) {
            return;
        }
        float[] natural = new float[columns];
        float[] minimum = new float[columns];
        List<List<String>> all = new ArrayList<>();
        all.add(table.headers());
        all.addAll(table.rows());
        for (int r = 0; r < all.size(); r++) {
            PDType0Font font = r == 0 ? fonts.bold : fonts.regular;
            for (int c = 0; c < columns; c++) {
                String text = fonts.clean(nullToEmpty(all.get(r).get(c)), font);
                for (String line : text.split("\n")) {
                    natural[c] = Math.max(natural[c], DocumentFonts.width(line, font, CELL) + 2 * CELL_PAD_X);
                    for (String word : line.split(" +")) {
                        minimum[c] = Math.max(minimum[c], DocumentFonts.width(word, font, CELL) + 2 * CELL_PAD_X);
                    }
                }
            }
        }
        float[] widths = TableLayout.widths(natural, minimum, page.width());
        float[] xs = new float[columns];
        float x = page.left();
        for (int c = 0; c < columns; c++) {
            xs[c] = x;
            x += widths[c];
        }
        List<Cell> header = cells(table.headers(), xs, widths, fonts.bold);
        float headerHeight = height(header);
        Runnable drawHeader = () -> {
            page.fill(page.left(), page.y(), page.width(), headerHeight, 0.92f);
            row(header, CELL, CELL_LEADING, CELL_PAD_Y, null);
            page.rule(page.left(), page.left() + page.width(), page.y(), 0.5f, 0.6f);
        };
        List<List<Cell>> rows = table.rows().stream().map(r -> cells(r, xs, widths, fonts.regular)).toList();
        page.ensure(headerHeight + (rows.isEmpty() ? 0 : Math.min(height(rows.get(0)), 3 * CELL_LEADING)));
        drawHeader.run();
        for (List<Cell> row : rows) {
            float height = height(row);
            if (!page.fits(height) && height <= page.bodyHeight() - headerHeight) {
                page.newPage();
                drawHeader.run();
            }
            row(row, CELL, CELL_LEADING, CELL_PAD_Y, drawHeader);
            page.rule(page.left(), page.left() + page.width(), page.y(), 0.8f, 0.4f);
        }
        page.down(10);
    }

    private void signature(Block.SignatureLine signature) {
        boolean hasRole = signature.role() != null && !signature.role().isBlank();
        page.ensure(40 + LEADING * (hasRole ? 2 : 1) + 8);
        page.down(34);
        page.rule(page.left(), page.left() + 220, page.y(), 0f, 0.7f);
        page.down(4);
        page.text(fit(signature.name(), fonts.regular, BODY), fonts.regular, BODY, page.left(), page.y(), 0f);
        page.down(LEADING);
        if (hasRole) {
            page.text(fit(signature.role(), fonts.regular, 9), fonts.regular, 9, page.left(), page.y(), 0.3f);
            page.down(LEADING);
        }
        page.down(8);
    }

    private List<Cell> cells(List<String> texts, float[] xs, float[] widths, PDType0Font font) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            cells.add(new Cell(xs[c] + CELL_PAD_X, wrap(nullToEmpty(texts.get(c)), font, CELL, widths[c] - 2 * CELL_PAD_X),
                    font, 0f));
        }
        return cells;
    }

    private static float height(List<Cell> row) {
        int lines = row.stream().mapToInt(c -> c.lines().size()).max().orElse(1);
        return lines * CELL_LEADING + 2 * CELL_PAD_Y;
    }

    /**
     * Draws a row line by line, so a row taller than what is left goes on on the next page
     * (where {@code repeat}, when given, first draws the table header again).
     */
    private void row(List<Cell> cells, float size, float leading, float padY, Runnable repeat) {
        int lines = cells.stream().mapToInt(c -> c.lines().size()).max().orElse(1);
        if (page.ensure(Math.min(lines, 2) * leading + 2 * padY) && repeat != null) {
            repeat.run();
        }
        page.down(padY);
        for (int i = 0; i < lines; i++) {
            if (!page.fits(leading + padY)) {
                page.newPage();
                if (repeat != null) {
                    repeat.run();
                }
            }
            for (Cell cell : cells) {
                if (i < cell.lines().size()) {
                    page.text(cell.lines().get(i), cell.font(), size, cell.x(), page.y(), cell.gray());
                }
            }
            page.down(leading);
        }
        page.down(padY);
    }

    private List<String> wrap(String text, PDType0Font font, float size, float width) {
        return TextWrap.lines(fonts.clean(text, font), s -> DocumentFonts.width(s, font, size), width);
    }

    private String fit(String text, PDType0Font font, float size) {
        List<String> lines = wrap(text.replace('\n', ' '), font, size, page.width());
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
