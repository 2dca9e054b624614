package org.alliance.core.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.alliance.api.core.Practice;
import org.alliance.api.document.Block;
import org.alliance.api.document.Block.Field;
import org.alliance.api.document.Document;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentRendererTest {

    private final PdfDocumentRenderer renderer = new PdfDocumentRenderer(new Practice() {
        @Override
        public String name() {
            return "Praxis Müller & Ωmega";
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("UTC");
        }
    });

    private static final List<Block> EVERY_BLOCK = List.of(
            new Block.Heading("Presenting concerns", 1),
            new Block.Paragraph("Client describes low mood since spring.\nSleep is broken; appetite is reduced."),
            new Block.Heading("Session details", 2),
            new Block.Fields(List.of(new Field("Therapist", "Dr. Ada Byron"), new Field("Modality", "cbt"),
                    new Field("Next session", null))),
            new Block.Table(List.of("Date", "Measure", "Score"), List.of(
                    List.of("2026-11-01", "PHQ-9", "14 (moderate)"),
                    List.of("2026-11-15", "PHQ-9", "9 (mild)"))),
            new Block.SignatureLine("Dr. Ada Byron", "Licensed psychologist"));

    @Test
    void rendersEveryBlockTypeWithHeaderAndFooter() throws IOException {
        byte[] pdf = renderer.pdf(new Document("Clinical record", "Client 7F3A, November 2026", EVERY_BLOCK, true));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(595.27563f);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Praxis Müller & Ωmega", "Clinical record", "Client 7F3A, November 2026",
                    "Presenting concerns", "Session details", "Therapist", "Dr. Ada Byron", "Next session",
                    "Date", "Measure", "Score", "14 (moderate)", "9 (mild)", "Licensed psychologist",
                    "Page 1 of 1", "Confidential health information.");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Clinical record");
        }
    }

    @Test
    void keepsTheLineBreaksOfAParagraph() throws IOException {
        String text = text(new Document("Letter", null,
                List.of(new Block.Paragraph("Dear colleague,\n\nThank you for the referral.")), false));

        assertThat(text).contains("Dear colleague,\nThank you for the referral.");
    }

    @Test
    void aDocumentThatIsNotConfidentialHasNoNotice() throws IOException {
        String text = text(new Document("Licensure log", null, EVERY_BLOCK, false));

        assertThat(text).doesNotContain("Confidential").contains("Page 1 of 1");
    }

    @Test
    void runsOverManyPagesNumberingEachWithTheHeaderRepeated() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            blocks.add(new Block.Heading("Session " + i, 2));
            blocks.add(new Block.Paragraph(("Paragraph of session " + i + " with enough words to wrap. ").repeat(8)));
        }

        byte[] pdf = renderer.pdf(new Document("Clinical record", null, blocks, true));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            for (int p = 1; p <= pages; p++) {
                assertThat(pageText(doc, p)).contains("Praxis Müller & Ωmega", "Clinical record",
                        "Page " + p + " of " + pages, "Confidential health information.");
            }
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("Session 1\n", "Session 60\n", "Paragraph of session 60");
        }
    }

    @Test
    void writesLatinGreekAndCyrillicNamesWithTheEmbeddedFont() throws IOException {
        byte[] pdf = renderer.pdf(new Document("Clients: Zoë Łukasiewicz", "Άννα Παπαδοπούλου, Юлия Иванова", List.of(
                new Block.Fields(List.of(new Field("Name", "Zoë Łukasiewicz"), new Field("Όνομα", "Άννα"),
                        new Field("Имя", "Юлия"))),
                new Block.Table(List.of("Клиент", "Πελάτης"), List.of(List.of("Юлия", "Άννα"))),
                new Block.SignatureLine("Zoë Łukasiewicz", null)), true));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Zoë Łukasiewicz", "Άννα Παπαδοπούλου", "Юлия Иванова", "Όνομα", "Имя", "Клиент",
                    "Πελάτης");
            List<String> fonts = new ArrayList<>();
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans")).anyMatch(f -> f.contains("DejaVuSans-Bold"));
        }
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarks() throws IOException {
        String text = text(new Document("Note", null, List.of(
                new Block.Paragraph("Mood 😊 and 漢字 and a bell \u0007 and a tab\tend"),
                new Block.Table(List.of("😊"), List.of(List.of("漢"))),
                new Block.Heading("Heading 😊", 1)), false));

        assertThat(text).contains("Mood ? and ?? and a bell and a tab end", "Heading ?");
    }

    @Test
    void aDecomposedAccentIsComposedBeforeItIsShown() throws IOException {
        assertThat(text(new Document("Note", null, List.of(new Block.Paragraph("Zoe\u0308")), false))).contains("Zoë");
    }

    @Test
    void wrapsALongWordAndALongValue() throws IOException {
        String word = "x".repeat(400);
        String text = text(new Document("Note", null, List.of(
                new Block.Paragraph(word),
                new Block.Fields(List.of(new Field("A label long enough to wrap in its own column of the fields block",
                        "value ".repeat(80))))), false));

        assertThat(text.replace("\n", "")).contains(word);
        assertThat(text).contains("value value");
    }

    @Test
    void aLongTableRepeatsItsHeaderOnEveryPage() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 150)
                .mapToObj(i -> List.of("2026-01-" + i, "Row " + i + " with a longer description that has to wrap "
                        + "inside its cell because the column is not wide enough for it", String.valueOf(i)))
                .toList();

        byte[] pdf = renderer.pdf(new Document("Licensure log", null,
                List.of(new Block.Table(List.of("Date", "Activity", "Hours"), rows)), false));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                assertThat(pageText(doc, p)).contains("Date", "Activity", "Hours");
            }
            assertThat(new PDFTextStripper().getText(doc)).contains("Row 1 with", "Row 150 with");
        }
    }

    @Test
    void aCellTallerThanAPageGoesOnOnTheNextPage() throws IOException {
        String tall = IntStream.rangeClosed(1, 120).mapToObj(i -> "line " + i).reduce((a, b) -> a + "\n" + b).orElseThrow();

        byte[] pdf = renderer.pdf(new Document("Note", null,
                List.of(new Block.Table(List.of("Field", "Answer"), List.of(List.of("Long", tall)))), false));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("line 1\n", "line 120");
        }
    }

    @Test
    void anEmptyDocumentIsOnePageWithItsTitle() throws IOException {
        String text = text(new Document("Empty", null, List.of(), false));

        assertThat(text).contains("Empty", "Page 1 of 1");
    }

    @Test
    void rendersConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                results.add(pool.submit(() -> renderer.pdf(new Document("Doc " + n, null, EVERY_BLOCK, true))));
            }
            for (int i = 0; i < 8; i++) {
                try (PDDocument doc = Loader.loadPDF(results.get(i).get())) {
                    assertThat(new PDFTextStripper().getText(doc)).contains("Doc " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String text(Document document) throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.pdf(document))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
