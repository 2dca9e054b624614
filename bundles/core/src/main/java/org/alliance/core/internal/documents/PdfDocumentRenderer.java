package org.alliance.core.internal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.alliance.api.core.Practice;
import org.alliance.api.document.Block;
import org.alliance.api.document.Document;
import org.alliance.api.document.DocumentRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * PDF with Apache PDFBox: A4, DejaVu Sans embedded as a subset (Latin, Greek and Cyrillic), the
 * practice name and document title in every page's header, "Page X of Y" and, for confidential
 * documents, the confidentiality notice in every footer. Stateless apart from the font files, so
 * concurrent calls each build their own document.
 */
@Component(service = DocumentRenderer.class)
public class PdfDocumentRenderer implements DocumentRenderer {

    private final Practice practice;
    private final DocumentFonts.Files fonts;

    @Activate
    public PdfDocumentRenderer(@Reference Practice practice) {
        this.practice = practice;
        this.fonts = DocumentFonts.Files.fromBundle();
    }

    @Override
    public byte[] pdf(Document document) {
        try (PDDocument pdf = new PDDocument()) {
            DocumentFonts documentFonts = new DocumentFonts(pdf, fonts);
            PageFlow pages = new PageFlow(pdf, documentFonts, practice.name(), document.title(), document.confidential());
            BlockWriter writer = new BlockWriter(pages, documentFonts);
            writer.title(document.title(), document.subtitle());
            for (Block block : document.blocks()) {
                writer.write(block);
            }
            pages.finish();
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.title());
            info.setSubject(document.subtitle());
            info.setAuthor(practice.name());
            info.setCreator("Alliance");
            info.setCreationDate(Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF '" + document.title() + "'", e);
        }
    }
}
