package org.alliance.core.internal.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;
import org.alliance.core.internal.clients.ClientVisibility.Facts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The confidentiality rules as a truth table: roles x (sealed, treats, registered, break-glass grant, caseload grant). */
class ClientVisibilityTest {

    @ParameterizedTest(name = "{0} sealed={1} treats={2} registered={3} grant={4} caseload={5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
        # roles              | sealed | treats | registered | grant | caseload | expected
        # whoever treats (or treated) the client sees everything
        THERAPIST            | true   | true   | false      | false | false    | FULL
        INTERN               | true   | true   | false      | false | false    | FULL
        THERAPIST            | false  | true   | false      | false | false    | FULL
        THERAPIST FRONTDESK  | true   | true   | false      | false | false    | FULL
        # a sealed client: office staff and the registrar see the pseudonym
        FRONTDESK            | true   | false  | false      | false | false    | MASKED
        ADMIN                | true   | false  | false      | false | false    | MASKED
        THERAPIST            | true   | false  | true       | false | false    | MASKED
        INTERN               | true   | false  | true       | false | false    | MASKED
        # an admin's break-glass grant reveals a sealed identity, to that admin only
        ADMIN                | true   | false  | false      | true  | false    | FULL
        FRONTDESK            | true   | false  | false      | true  | false    | MASKED
        THERAPIST            | true   | false  | true       | true  | false    | MASKED
        THERAPIST            | true   | false  | false      | true  | false    | HIDDEN
        # nobody else learns that a sealed client exists
        THERAPIST            | true   | false  | false      | false | false    | HIDDEN
        SUPERVISOR           | true   | false  | false      | false | false    | HIDDEN
        INTERN               | true   | false  | false      | false | false    | HIDDEN
        NONE                 | true   | false  | false      | false | false    | HIDDEN
        # an unsealed client: office staff and the registrar see the demographics
        FRONTDESK            | false  | false  | false      | false | false    | FULL
        ADMIN                | false  | false  | false      | false | false    | FULL
        THERAPIST            | false  | false  | true       | false | false    | FULL
        FRONTDESK            | false  | false  | false      | true  | false    | FULL
        # ... and nobody else knows of them
        THERAPIST            | false  | false  | false      | false | false    | HIDDEN
        SUPERVISOR           | false  | false  | false      | false | false    | HIDDEN
        SUPERVISOR INTERN    | false  | false  | false      | false | false    | HIDDEN
        # a colleague granted the treating therapist's caseload (cover, supervisor): the seal still holds
        THERAPIST            | false  | false  | false      | false | true     | FULL
        SUPERVISOR           | false  | false  | false      | false | true     | FULL
        THERAPIST            | true   | false  | false      | false | true     | MASKED
        SUPERVISOR           | true   | false  | false      | false | true     | MASKED
        """)
    void visibilityFollowsTheConfidentialityRules(String roles, boolean sealed, boolean treats, boolean registered,
            boolean grant, boolean caseload, ClientVisibility expected) {
        assertThat(ClientVisibility.of(actor(roles), new Facts(sealed, treats, registered, grant, caseload)))
                .isEqualTo(expected);
    }

    @Test
    void theSystemActorIsOfficeStaffAndSeesASealedClientMasked() {
        assertThat(ClientVisibility.of(Actor.system("shell:karaf"), new Facts(true, false, false, false, false)))
                .isEqualTo(ClientVisibility.MASKED);
    }

    private static Actor actor(String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.trim().split("\\s+")).filter(r -> !r.equals("NONE")).map(Role::valueOf).forEach(set::add);
        return new Actor(UUID.randomUUID(), "someone", "Someone", set);
    }
}
