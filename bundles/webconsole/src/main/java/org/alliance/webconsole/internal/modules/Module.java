package org.alliance.webconsole.internal.modules;

import java.util.List;

/**
 * One Alliance feature as the Practice Modules page shows it.
 *
 * @param name the feature name, {@code alliance-...}
 * @param version the feature version
 * @param title a readable name derived from the feature name
 * @param description the feature's description, or empty
 * @param installed whether its bundles are installed
 * @param enabled whether it was asked for itself (not only pulled in by another feature)
 * @param platform whether it belongs to the platform and cannot be switched off
 * @param dependencies the features it depends on
 * @param neededBy the installed features that depend on it
 * @param repository the URL of the features repository that defines it
 */
public record Module(String name, String version, String title, String description, boolean installed,
        boolean enabled, boolean platform, List<String> dependencies, List<String> neededBy, String repository) {

    /** Whether the page offers to switch it off: enabled, not platform, and nothing installed needs it. */
    public boolean canDisable() {
        return enabled && !platform && neededBy.isEmpty();
    }

    /**
     * The title a practice reads: the part of the feature's description before its first ": "
     * when it has one ("Cognitive behavioural therapy (CBT) modality plugin: thought record, ..."),
     * which is the convention for Alliance features and plugins; otherwise the name in words
     * ("alliance-peer-network" reads "Peer network").
     */
    static String titleOf(String name, String description) {
        int colon = description == null ? -1 : description.indexOf(": ");
        if (colon > 0 && colon <= 80) {
            return description.substring(0, colon).strip();
        }
        String bare = name.startsWith(ModuleCatalog.PREFIX) ? name.substring(ModuleCatalog.PREFIX.length()) : name;
        String words = bare.replace('-', ' ').trim();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
