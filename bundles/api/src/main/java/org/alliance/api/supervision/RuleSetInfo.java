package org.alliance.api.supervision;

/** An installed {@link LicensureRuleSet}, as listed for people choosing one. */
public record RuleSetInfo(String id, String name, int maxSupervisorsAtOnce, int maxSuperviseesPerSupervisor) {
}
