package org.alliance.api.core;

/**
 * An installed Alliance module or plugin, as found by the {@code Alliance-Module} manifest header.
 *
 * @param id      module id, e.g. {@code "scheduling"} or {@code "modality-cbt"}
 * @param kind    {@code "module"} for practice modules and core, {@code "plugin"} for third-party plugins
 * @param bundle  the bundle's symbolic name
 * @param state   the bundle state: {@code INSTALLED}, {@code RESOLVED}, {@code STARTING}, {@code ACTIVE}, {@code STOPPING}
 * @param ready   whether the module's schema is current and all its components are satisfied
 * @param problem why it is not ready, or {@code null}
 */
public record ModuleInfo(String id, String name, String kind, String version, String bundle, String state,
        boolean ready, String problem) {
}
