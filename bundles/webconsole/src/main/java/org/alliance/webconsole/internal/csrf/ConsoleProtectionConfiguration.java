package org.alliance.webconsole.internal.csrf;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the web console tells its own pages' requests from forged ones (Configuration tab, "Alliance Web Console Protection"). */
@ObjectClassDefinition(id = ConsoleProtectionConfiguration.PID, name = "Alliance Web Console Protection",
        description = "Refuses requests that change something in the web console (POST, PUT, DELETE, PATCH) unless"
                + " they come from a page of the console itself, so another site cannot act with an"
                + " administrator's signed-in browser.")
public @interface ConsoleProtectionConfiguration {

    String PID = "org.alliance.webconsole.csrf";

    @AttributeDefinition(name = "Allowed origins",
            description = "Further addresses whose pages may change things in the console, as scheme://host:port,"
                    + " e.g. https://practice.example.org when a reverse proxy serves the console there. In a .cfg file,"
                    + " separate several with commas.")
    String[] allowedOrigins() default {};

    @AttributeDefinition(name = "Require Origin or Referer",
            description = "Refuse changes that carry neither header. Browsers always send Origin; scripts such as"
                    + " curl must add an Origin header for the server's own address.")
    boolean requireOrigin() default true;

    @AttributeDefinition(name = "Console path", description = "Where the web console is served; requests under it are checked.")
    String consolePath() default "/system/console";
}
