package org.alliance.api.core;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by core once a bundle's database schema is current, with the service property
 * {@value #SCHEMA_PROPERTY} set to the schema name. A module's components reference it with a
 * target such as {@code (alliance.schema=SCHEDULING)}, so they register their services only
 * when their tables exist.
 *
 * <p>A bundle declares its schema with the manifest header {@value #SCHEMA_HEADER}, e.g.
 * {@code Alliance-Schema: SCHEDULING}, and ships its migrations as
 * {@code db/migration/<SCHEMA>/V<n>__<description>.sql}. Core applies the pending ones, in
 * order, when the bundle starts, and refuses to continue if an applied script was changed.
 */
@ProviderType
public interface ModuleSchema {

    String SCHEMA_HEADER = "Alliance-Schema";
    String SCHEMA_PROPERTY = "alliance.schema";

    /** The schema name, upper case. */
    String schema();

    /** The version of the last applied migration. */
    int version();
}
