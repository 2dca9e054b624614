package org.alliance.itests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running distribution (admin from the environment) shared by the test classes that only
 * add records, so the suite boots Karaf as few times as it can. Stopped when the suite ends.
 */
public final class SharedServer implements BeforeAllCallback {

    private static Distribution server;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedServer.class, k -> {
                    server = Distribution.withAdminFromEnvironment().start();
                    return (ExtensionContext.Store.CloseableResource) server::close;
                });
    }

    public static Distribution server() {
        return server;
    }

    /** The first admin, signed in with HTTP Basic. */
    public static Api admin() {
        return Api.basic(server, "admin", Distribution.ADMIN_PASSWORD);
    }
}
