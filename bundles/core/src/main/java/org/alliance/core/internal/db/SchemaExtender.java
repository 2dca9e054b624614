package org.alliance.core.internal.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.alliance.api.core.ModuleSchema;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema extender: for every started bundle that declares {@code Alliance-Schema}, applies
 * its pending migrations and then registers a {@link ModuleSchema} service on that bundle's
 * behalf. The module's components depend on that service, so they come up only once their
 * tables are current, and go down with it when the bundle or the database goes away.
 */
@Component(service = SchemaExtender.class, immediate = true)
public class SchemaExtender {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final MigrationRunner runner;
    private final BundleTracker<Optional<ServiceRegistration<ModuleSchema>>> tracker;
    private final Map<Long, String> problems = new ConcurrentHashMap<>();

    @Activate
    public SchemaExtender(BundleContext context, @Reference(target = "(dataSourceName=alliance)") DataSource dataSource) {
        this.runner = new MigrationRunner(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Optional<ServiceRegistration<ModuleSchema>> addingBundle(Bundle bundle, BundleEvent event) {
                String schema = bundle.getHeaders("").get(ModuleSchema.SCHEMA_HEADER);
                return schema == null ? null : Optional.ofNullable(migrateAndPublish(bundle, schema.trim()));
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event,
                    Optional<ServiceRegistration<ModuleSchema>> registration) {
                problems.remove(bundle.getBundleId());
                registration.ifPresent(SchemaExtender::unregisterQuietly);
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    /** Why a bundle's schema is not available, or {@code null} when it is (or the bundle has none). */
    public String problemOf(Bundle bundle) {
        return problems.get(bundle.getBundleId());
    }

    private ServiceRegistration<ModuleSchema> migrateAndPublish(Bundle bundle, String schema) {
        try {
            int version = runner.migrate(schema, migrationsOf(bundle, schema));
            problems.remove(bundle.getBundleId());
            LOG.info("Schema {} of {} is at version {}", schema, bundle.getSymbolicName(), version);
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(ModuleSchema.SCHEMA_PROPERTY, schema);
            props.put("alliance.schema.version", version);
            BundleContext owner = bundle.getBundleContext();
            return owner == null ? null
                    : owner.registerService(ModuleSchema.class, new PublishedSchema(schema, version), props);
        } catch (MigrationException | IllegalArgumentException e) {
            problems.put(bundle.getBundleId(), e.getMessage());
            LOG.error("Schema {} of {} is not available, so the module stays down: {}", schema,
                    bundle.getSymbolicName(), e.getMessage());
            return null;
        }
    }

    private static List<Migration> migrationsOf(Bundle bundle, String schema) {
        List<Migration> migrations = new ArrayList<>();
        var entries = bundle.findEntries("db/migration/" + schema, "*.sql", false);
        for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
            String path = url.getPath();
            migrations.add(Migration.of(path.substring(path.lastIndexOf('/') + 1), read(url)));
        }
        return migrations;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot read migration " + url + ": " + e.getMessage(), e);
        }
    }

    private static void unregisterQuietly(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGoneWithItsBundle) {
            // The framework removes a stopping bundle's services itself.
        }
    }

    private record PublishedSchema(String schema, int version) implements ModuleSchema {
    }
}
