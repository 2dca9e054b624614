package org.alliance.api.document;

import java.util.List;
import java.util.Objects;

/** One piece of a {@link Document}. Text is plain (no markup); line breaks in it are kept. */
public sealed interface Block {

    /** A section heading; {@code level} 1 (section) or 2 (subsection). */
    record Heading(String text, int level) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("heading level is 1 or 2, not " + level);
            }
        }
    }

    /** A paragraph of running text, wrapped to the page. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Label and value pairs, one per line, e.g. "Signed: 2026-11-22 by Dr. Ada Byron". */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One label and value; a {@code null} value prints as an empty line after the label. */
    record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label, "label");
        }
    }

    /** A table with a header row; every row has as many cells as there are headers. */
    record Table(List<String> headers, List<List<String>> rows) implements Block {
        public Table {
            List<String> columns = List.copyOf(headers);
            rows = rows.stream().map(row -> {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " headers");
                }
                return List.copyOf(row);
            }).toList();
            headers = columns;
        }
    }

    /** A space for a handwritten signature, with the signer's name and role printed under it. */
    record SignatureLine(String name, String role) implements Block {
        public SignatureLine {
            Objects.requireNonNull(name, "name");
        }
    }
}
