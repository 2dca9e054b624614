package org.alliance.supervision.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import java.util.UUID;
import javax.ws.rs.core.SecurityContext;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.spi.rest.ActorPrincipal;
import org.alliance.supervision.internal.ModuleMissingException;
import org.junit.jupiter.api.Test;

/** Without the notes module the queue is empty and its actions say why they cannot be done. */
class QueueResourceTest {

    private final QueueResource queue = new QueueResource(mock(SupervisionService.class));

    private static SecurityContext signedIn() {
        Actor actor = new Actor(UUID.randomUUID(), "sam", "Dr. Sam", Set.of(Role.SUPERVISOR));
        ActorPrincipal principal = mock(ActorPrincipal.class);
        when(principal.actor()).thenReturn(actor);
        SecurityContext sc = mock(SecurityContext.class);
        when(sc.getUserPrincipal()).thenReturn(principal);
        return sc;
    }

    @Test
    void withoutNotesTheQueueIsEmptyAndCosigningIsUnavailable() {
        String noteId = UUID.randomUUID().toString();

        assertThat(queue.queue(signedIn())).isEmpty();
        assertThatThrownBy(() -> queue.cosign(noteId, signedIn())).isInstanceOf(ModuleMissingException.class)
                .hasMessageStartingWith("notes module not installed")
                .satisfies(e -> assertThat(((ModuleMissingException) e).status()).isEqualTo(503));
        assertThatThrownBy(() -> queue.returnForRevision(noteId, new QueueResource.Returned("Add the risk"), signedIn()))
                .isInstanceOf(ModuleMissingException.class);
    }
}
