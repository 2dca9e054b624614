package org.alliance.api.core;

import java.util.UUID;

/**
 * No such record, or none the actor may know exists (HTTP 404). Services answer 404 rather
 * than 403 where admitting existence would itself disclose something, such as a sealed client.
 */
public class RecordNotFoundException extends AllianceException {
    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String kind, UUID id) {
        super("No " + kind + " with id " + id + ".");
    }

    public RecordNotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
