package org.alliance.supervision.internal;

import org.alliance.api.core.AllianceException;

/**
 * What supervision cannot do because an optional module it needs is not installed (HTTP 503): the
 * co-signature queue without notes, observation requests without scheduling.
 */
public class ModuleMissingException extends AllianceException {
    private static final long serialVersionUID = 1L;

    /** @param module the missing module's name as people know it, e.g. "notes" */
    public ModuleMissingException(String module, String needed) {
        super(module + " module not installed: " + needed + " needs it. An administrator can switch it on under "
                + "Practice Modules.");
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String title() {
        return "Module not installed";
    }
}
