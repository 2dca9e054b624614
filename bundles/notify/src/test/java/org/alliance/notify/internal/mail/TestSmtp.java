package org.alliance.notify.internal.mail;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * SMTP configurations as the web console would hand them over: the defaults declared on
 * {@link SmtpConfiguration}, with a test's values on top.
 */
final class TestSmtp {

    private final Map<String, Object> values = new HashMap<>();

    private TestSmtp() {
    }

    static TestSmtp defaults() {
        return new TestSmtp();
    }

    /** Enabled, plain SMTP to a server on this machine, from the practice's office address. */
    static TestSmtp local(int port) {
        return defaults().with("enabled", true).with("host", "127.0.0.1").with("port", port)
                .with("security", Security.NONE).with("fromAddress", "office@riverside.example");
    }

    TestSmtp with(String attribute, Object value) {
        values.put(attribute, value);
        return this;
    }

    SmtpConfiguration config() {
        return (SmtpConfiguration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SmtpConfiguration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> SmtpConfiguration.class;
                    case "toString" -> "SmtpConfiguration" + values;
                    default -> values.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }

    SmtpSettings settings() {
        return SmtpSettings.of(config());
    }
}
