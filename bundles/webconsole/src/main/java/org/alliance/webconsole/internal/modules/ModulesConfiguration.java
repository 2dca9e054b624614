package org.alliance.webconsole.internal.modules;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The Practice Modules page's settings (Configuration tab, "Alliance Practice Modules"). */
@ObjectClassDefinition(id = ModulesConfiguration.PID, name = "Alliance Practice Modules",
        description = "Which Alliance features the Practice Modules page may switch off, and how large an uploaded plugin may be.")
public @interface ModulesConfiguration {

    String PID = "org.alliance.webconsole.modules";

    @AttributeDefinition(name = "Platform features",
            description = "Features that cannot be switched off on the page: without them the practice, its web app"
                    + " or the page itself would stop. alliance-notify is one: other modules tell people things through it.")
    String[] protectedFeatures() default {"alliance-core", "alliance-runtime", "alliance-rest", "alliance-web",
        "alliance-webconsole", "alliance-notify", "alliance-all"};

    @AttributeDefinition(name = "Largest plugin upload (MB)", description = "A .kar larger than this is refused.")
    int maxUploadMegabytes() default 100;
}
