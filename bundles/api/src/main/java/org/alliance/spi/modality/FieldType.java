package org.alliance.spi.modality;

/** What kind of answer a template field takes; the note editor renders each kind as its own control. */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Paragraphs of text. */
    LONG_TEXT,
    /** A whole or decimal number, e.g. a belief rating of 0 to 100. */
    NUMBER,
    /** A calendar date, ISO-8601 ({@code 2026-11-22}). */
    DATE,
    /** One of the field's {@link TemplateField#options() options}. */
    CHOICE
}
