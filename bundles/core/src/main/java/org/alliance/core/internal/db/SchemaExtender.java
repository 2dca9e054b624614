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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>Migrations run on the extender's own thread, never inside the framework's bundle-event
 * callback: doing database work and registering services while the framework starts a bundle
 * hung a restart from the bundle cache.
 */
@Component(service = SchemaExtender.class, immediate = true)
public class SchemaExtender {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaExtender.class);

    private final MigrationRunner runner;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "alliance-schema-extender"));
    private final BundleTracker<Publication> tracker;
    private final Map<Long, String> problems = new ConcurrentHashMap<>();

    /** One bundle's schema: pending until migrated, then its registration; withdrawn when the bundle stops. */
    private static final class Publication {
        private ServiceRegistration<ModuleSchema> registration;
        private boolean withdrawn;

        synchronized void publish(ServiceRegistration<ModuleSchema> r) {
            if (withdrawn) {
                unregisterQuietly(r);
            } else {
                registration = r;
            }
        }

        synchronized boolean withdrawn() {
            return withdrawn;
        }

        synchronized void withdraw() {
            withdrawn = true;
            if (registration != null) {
                unregisterQuietly(registration);
                registration = null;
            }
        }
    }

    @Activate
    public SchemaExtender(BundleContext context, @Reference(target = "(dataSourceName=alliance)") DataSource dataSource) {
        this.runner = new MigrationRunner(dataSource);
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Publication addingBundle(Bundle bundle, BundleEvent event) {
                String schema = bundle.getHeaders("").get(ModuleSchema.SCHEMA_HEADER);
                if (schema == null) {
                    return null;
                }
                Publication publication = new Publication();
                worker.execute(() -> {
                    if (!publication.withdrawn()) {
                        ServiceRegistration<ModuleSchema> r = migrateAndPublish(bundle, schema.trim());
                        if (r != null) {
                            publication.publish(r);
                        }
                    }
                });
                return publication;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Publication publication) {
                problems.remove(bundle.getBundleId());
                publication.withdraw();
            }
        };
        tracker.open();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tracker.close();
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
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
