package org.alliance.core.internal.modules;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.List;
import org.alliance.api.core.ModuleInfo;
import org.alliance.api.core.ModuleRegistry;
import org.alliance.api.core.ModuleSchema;
import org.alliance.core.internal.db.SchemaExtender;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/**
 * Finds Alliance modules by their {@code Alliance-Module} manifest header and judges readiness
 * as a user would: the bundle is active, its schema (if it declares one) is current, its
 * immediate components are active and none is waiting for a service, and every JAX-RS
 * resource, extension and application it registered is being served by the whiteboard.
 * (Answering "ready" earlier let the first requests after boot meet a 404 or a missing account.)
 */
@Component(service = ModuleRegistry.class)
public class ModuleRegistryImpl implements ModuleRegistry {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final SchemaExtender schemas;
    private final JaxrsServiceRuntime jaxrs;

    @Activate
    public ModuleRegistryImpl(BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference SchemaExtender schemas, @Reference JaxrsServiceRuntime jaxrs) {
        this.context = context;
        this.scr = scr;
        this.schemas = schemas;
        this.jaxrs = jaxrs;
    }

    @Override
    public List<ModuleInfo> modules() {
        List<ModuleInfo> modules = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            Dictionary<String, String> headers = bundle.getHeaders("");
            String id = headers.get(MODULE_HEADER);
            if (id != null) {
                String problem = problemOf(bundle, headers.get(ModuleSchema.SCHEMA_HEADER));
                String name = headers.get("Alliance-Module-Name");
                String kind = headers.get(KIND_HEADER);
                modules.add(new ModuleInfo(id.trim(), name == null ? id.trim() : name, kind == null ? "module" : kind,
                        bundle.getVersion().toString(), bundle.getSymbolicName(), state(bundle), problem == null, problem));
            }
        }
        modules.sort(Comparator.comparing(ModuleInfo::id));
        return modules;
    }

    @Override
    public boolean allReady() {
        return modules().stream().allMatch(ModuleInfo::ready);
    }

    private String problemOf(Bundle bundle, String schema) {
        String problem = lifecycleProblem(bundle, schema);
        return problem != null ? problem : restProblem(bundle);
    }

    private String lifecycleProblem(Bundle bundle, String schema) {
        if (bundle.getState() != Bundle.ACTIVE) {
            return "The bundle is " + state(bundle).toLowerCase(Locale.ROOT) + ", not active.";
        }
        if (schema != null) {
            String schemaProblem = schemas.problemOf(bundle);
            if (schemaProblem != null) {
                return schemaProblem;
            }
            if (!schemaPublished(bundle, schema.trim())) {
                return "Its database schema " + schema.trim() + " is not ready yet.";
            }
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
            if (!scr.isComponentEnabled(description)) {
                continue;
            }
            for (ComponentConfigurationDTO config : scr.getComponentConfigurationDTOs(description)) {
                if (config.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    return "Component " + description.name + " failed to start: " + failureSummary(config.failure);
                }
                if (config.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    return "Component " + description.name + " is waiting for a service it needs.";
                }
                if (description.immediate && config.state != ComponentConfigurationDTO.ACTIVE) {
                    return "Component " + description.name + " is starting.";
                }
            }
        }
        return null;
    }

    /** Every JAX-RS service the bundle registered must appear, not failed, in the whiteboard's runtime view. */
    private String restProblem(Bundle bundle) {
        try {
            List<String> missing = RestServing.unserved(bundle, jaxrs);
            return missing.isEmpty() ? null : "REST service " + missing.get(0) + " is not served yet.";
        } catch (IllegalStateException e) {
            return e.getMessage() + ".";
        }
    }

    private boolean schemaPublished(Bundle bundle, String schema) {
        try {
            var refs = context.getServiceReferences(ModuleSchema.class, "(" + ModuleSchema.SCHEMA_PROPERTY + "=" + schema + ")");
            return refs.stream().anyMatch(r -> r.getBundle() != null && r.getBundle().getBundleId() == bundle.getBundleId());
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    /**
     * The line of SCR's failure text that says what went wrong: a constructor's exception comes
     * wrapped in an {@code InvocationTargetException}, whose own line says nothing.
     */
    static String failureSummary(String failure) {
        if (failure == null || failure.isBlank()) {
            return "no reason given";
        }
        List<String> lines = failure.lines().map(String::strip).toList();
        if (lines.get(0).contains("InvocationTargetException")) {
            for (String line : lines) {
                if (line.startsWith("Caused by: ")) {
                    return line.substring("Caused by: ".length());
                }
            }
        }
        return lines.get(0);
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }
}
