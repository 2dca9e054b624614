package org.alliance.api.core;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** What is installed, and whether it is ready to serve. Implemented by core. */
@ProviderType
public interface ModuleRegistry {

    /** Manifest header that marks a bundle as an Alliance module; its value is the module id. */
    String MODULE_HEADER = "Alliance-Module";
    /** Optional manifest header: {@code plugin} for third-party plugins, default {@code module}. */
    String KIND_HEADER = "Alliance-Module-Kind";

    /** The installed modules and plugins, ordered by id. */
    List<ModuleInfo> modules();

    /** Whether every installed module is ready. */
    boolean allReady();
}
