package org.alliance.api.peer;

import java.util.List;
import java.util.UUID;

/** A consultation group to create; its creator convenes it and is a member. */
public record NewGroup(String name, List<UUID> memberIds) {
}
