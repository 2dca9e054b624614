package org.alliance.core.internal.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method a browser calls in the background (the idle-timeout countdown) so that
 * calling it does not count as activity and restart the session's idle clock.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface KeepsSessionIdle {
}
