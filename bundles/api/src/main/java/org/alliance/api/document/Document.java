package org.alliance.api.document;

import java.util.List;
import java.util.Objects;

/**
 * A document to render: a title, an optional subtitle and blocks in reading order.
 *
 * @param title         e.g. "Clinical record"
 * @param subtitle      a line under the title (e.g. the client and period), or {@code null}
 * @param blocks        the content
 * @param confidential  whether every page carries the confidentiality notice in its footer
 */
public record Document(String title, String subtitle, List<Block> blocks, boolean confidential) {

    public Document {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }
}
