package org.alliance.examples.noticeboard.internal;

import java.time.LocalDate;

/**
 * A notice as an author writes it; {@link NoticeBoard#post} checks it.
 *
 * @param title     required, at most {@value NoticeBoard#TITLE_MAX} characters
 * @param body      optional, at most {@value NoticeBoard#BODY_MAX} characters
 * @param pinned    whether it stays above the unpinned notices (an absent flag is false)
 * @param expiresOn the last day it is shown, in the practice's time zone; {@code null} keeps it until archived
 */
public record NewNotice(String title, String body, boolean pinned, LocalDate expiresOn) {
}
