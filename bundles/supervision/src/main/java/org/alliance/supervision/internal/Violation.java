package org.alliance.supervision.internal;

/**
 * One reason a practice rule refuses a request: a stable code for the audit log (which must not
 * repeat sealed facts in sentences), and the sentence for the person asking.
 */
record Violation(String code, String text) {
}
