package org.alliance.core.internal.security;

import static org.alliance.core.internal.CoreFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditEntry;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuthenticationException;
import org.alliance.api.core.Colleague;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Events;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.NewUser;
import org.alliance.api.core.Role;
import org.alliance.api.core.TooManyAttemptsException;
import org.alliance.api.core.User;
import org.alliance.api.core.UserChanges;
import org.alliance.core.internal.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserServiceImplTest {

    private static final String ADDRESS = "192.0.2.44";

    private final CoreFixture core = new CoreFixture();

    @AfterEach
    void dropDatabase() {
        core.close();
    }

    // ---- creating accounts ----

    @Test
    void anAdminCreatesAnAccount() {
        Actor admin = core.admin("ada");

        User dana = core.users.create(admin, newUser("dana", PASSWORD, Role.THERAPIST));

        assertThat(dana.username()).isEqualTo("dana");
        assertThat(dana.roles()).containsExactly(Role.THERAPIST);
        assertThat(dana.active()).isTrue();
        assertThat(dana.createdAt()).isEqualTo(CoreFixture.START);
        assertThat(core.users.get(admin, dana.id())).isEqualTo(dana);
        assertThat(core.postedEvents(Events.USER_CREATED))
                .anySatisfy(e -> assertThat(e.getProperty(Events.PROP_ID)).isEqualTo(dana.id().toString()));
        assertThat(core.auditTrail("user.create"))
                .anySatisfy(e -> assertThat(e.subjectId()).isEqualTo(dana.id()));
    }

    @Test
    void aNonAdminCannotCreateAccounts() {
        Actor therapist = core.therapist("tom");

        assertThatThrownBy(() -> core.users.create(therapist, newUser("dana", PASSWORD, Role.THERAPIST)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.users.list(core.system)).extracting(User::username).doesNotContain("dana");
    }

    @Test
    void aTakenUsernameIsAConflictWhateverItsCase() {
        Actor admin = core.admin("ada");
        core.users.create(admin, newUser("dana", PASSWORD, Role.THERAPIST));

        assertThatThrownBy(() -> core.users.create(admin, newUser("dana", PASSWORD, Role.FRONTDESK)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("dana");
        assertThatThrownBy(() -> core.users.create(admin, newUser("DANA", PASSWORD, Role.FRONTDESK)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void usernamesAreStoredTrimmedAndInLowerCase() {
        User user = core.users.create(core.system, newUser("  Alice.Smith ", PASSWORD, Role.THERAPIST));

        assertThat(user.username()).isEqualTo("alice.smith");
        assertThat(core.users.get(core.system, user.id()).username()).isEqualTo("alice.smith");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "-dash-first", "has space", "émile", "semi;colon",
            "a1234567890123456789012345678901234567890123456789012345678901234"})
    void aMalformedUsernameIsRefused(String username) {
        InvalidInputException e = invalid(() -> core.users.create(core.system, newUser(username, PASSWORD, Role.THERAPIST)));

        assertThat(e.field()).isEqualTo("username");
    }

    @Test
    void aPasswordShorterThanThePolicyIsRefused() {
        InvalidInputException e = invalid(() -> core.users.create(core.system, newUser("dana", "elevenchars", Role.THERAPIST)));

        assertThat(e.field()).isEqualTo("password");
        assertThat(e.getMessage()).contains("12");
    }

    @Test
    void thePasswordMayNotBeTheUsername() {
        InvalidInputException e = invalid(() -> core.users.create(core.system,
                newUser("dana.longname", "Dana.LongName", Role.THERAPIST)));

        assertThat(e.field()).isEqualTo("password");
    }

    @Test
    void anAccountNeedsAtLeastOneRole() {
        InvalidInputException e = invalid(() -> core.users.create(core.system,
                new NewUser("dana", PASSWORD, "Dana", null, Set.of(), null, null)));

        assertThat(e.field()).isEqualTo("roles");
    }

    @Test
    void aMalformedEmailIsRefused() {
        InvalidInputException e = invalid(() -> core.users.create(core.system,
                new NewUser("dana", PASSWORD, "Dana", "dana-at-example", Set.of(Role.THERAPIST), null, null)));

        assertThat(e.field()).isEqualTo("email");
    }

    @Test
    void createFirstAdminWorksOnceOnAFreshInstallation() {
        assertThat(core.users.anyUserExists()).isFalse();

        User first = core.users.createFirstAdmin("setup-page", newUser("owner", PASSWORD, Role.THERAPIST));

        assertThat(first.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.THERAPIST);
        assertThat(core.users.anyUserExists()).isTrue();
        assertThat(core.users.authenticate("owner", PASSWORD, null).has(Role.ADMIN)).isTrue();
        assertThatThrownBy(() -> core.users.createFirstAdmin("setup-page", newUser("intruder", PASSWORD, Role.ADMIN)))
                .isInstanceOf(ConflictException.class);
        assertThat(core.users.list(core.system)).extracting(User::username).containsExactly("owner");
    }

    // ---- authentication ----

    @Test
    void authenticatesWithTheRightPassword() {
        User tom = core.user("tom", Role.THERAPIST, Role.SUPERVISOR);

        Actor actor = core.users.authenticate("tom", PASSWORD, ADDRESS);

        assertThat(actor.userId()).isEqualTo(tom.id());
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.THERAPIST, Role.SUPERVISOR);
    }

    @Test
    void theUsernameIsCaseInsensitiveAtSignIn() {
        User tom = core.user("tom", Role.THERAPIST);

        assertThat(core.users.authenticate("  TOM ", PASSWORD, null).userId()).isEqualTo(tom.id());
    }

    @Test
    void aWrongPasswordIsRefused() {
        core.user("tom", Role.THERAPIST);

        assertThatThrownBy(() -> core.users.authenticate("tom", PASSWORD + "x", ADDRESS))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        core.user("tom", Role.THERAPIST);

        Throwable wrongPassword = catchThrowable(() -> core.users.authenticate("tom", "wrong password!!", null));
        Throwable unknownUser = catchThrowable(() -> core.users.authenticate("nobody", PASSWORD, null));

        assertThat(unknownUser).isInstanceOf(AuthenticationException.class)
                .hasMessage(wrongPassword.getMessage());
    }

    @Test
    void everyStaffMemberSeesActiveColleaguesWithoutTheirContactDetails() {
        Actor admin = core.admin("ada");
        User tom = core.user("tom", Role.THERAPIST);
        User gone = core.user("gone", Role.THERAPIST);
        core.users.update(admin, gone.id(), changes().active(false).build());
        Actor frontDesk = core.user("fiona", Role.FRONTDESK).asActor();

        List<Colleague> colleagues = core.users.colleagues(frontDesk);

        assertThat(colleagues).extracting(Colleague::id).contains(tom.id()).doesNotContain(gone.id());
        assertThat(colleagues).filteredOn(c -> c.id().equals(tom.id()))
                .singleElement().satisfies(c -> assertThat(c.roles()).containsExactly(Role.THERAPIST));
    }

    @Test
    void anActorWithoutRolesSeesNoColleagues() {
        Actor nobody = new Actor(null, "anonymous", "Anonymous", Set.of());

        assertThatThrownBy(() -> core.users.colleagues(nobody)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInactiveAccountIsRefusedEvenWithTheRightPassword() {
        Actor admin = core.admin("ada");
        User tom = core.user("tom", Role.THERAPIST);
        core.users.authenticate("tom", PASSWORD, null); // now in the credential cache

        core.users.update(admin, tom.id(), changes().active(false).build());

        assertThatThrownBy(() -> core.users.authenticate("tom", PASSWORD, null))
                .isInstanceOf(AuthenticationException.class);
        assertThat(core.users.activeActor(tom.id())).isEmpty();
    }

    @Test
    void theSixthAttemptAfterFiveFailuresIsThrottledEvenWithTheRightPassword() {
        core.user("tom", Role.THERAPIST);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> core.users.authenticate("tom", "wrong password!!", ADDRESS))
                    .isInstanceOf(AuthenticationException.class);
        }

        assertThatThrownBy(() -> core.users.authenticate("tom", PASSWORD, ADDRESS))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void theRightPasswordWorksAgainAfterTheLockOut() {
        User tom = core.user("tom", Role.THERAPIST);
        for (int i = 0; i < 5; i++) {
            catchThrowable(() -> core.users.authenticate("tom", "wrong password!!", ADDRESS));
        }

        core.clock.advance(Duration.ofSeconds(30));

        assertThat(core.users.authenticate("tom", PASSWORD, ADDRESS).userId()).isEqualTo(tom.id());
    }

    @Test
    void signInSuccessesAndFailuresAreAudited() {
        User tom = core.user("tom", Role.THERAPIST);

        catchThrowable(() -> core.users.authenticate("tom", "wrong password!!", ADDRESS));
        core.users.authenticate("tom", PASSWORD, ADDRESS);

        List<AuditEntry> logins = core.auditTrail("auth.login");
        assertThat(logins).extracting(AuditEntry::outcome).containsExactly(AuditOutcome.FAILED, AuditOutcome.SUCCESS);
        assertThat(logins).allSatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(tom.id());
            assertThat(e.subjectId()).isEqualTo(tom.id());
            assertThat(e.reason()).isEqualTo("from " + ADDRESS);
        });
    }

    @Test
    void aFailedSignInForAnUnknownUserIsAuditedUnderTheNameTried() {
        catchThrowable(() -> core.users.authenticate("Mallory", "whatever password", null));

        assertThat(core.auditTrail("auth.login")).singleElement().satisfies(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(e.actorId()).isNull();
            assertThat(e.actorName()).isEqualTo("mallory");
        });
    }

    // ---- changing accounts ----

    @Test
    void aUserChangesTheirOwnDisplayNameAndPassword() {
        User tom = core.user("tom", Role.THERAPIST);
        String newPassword = "a brand new passphrase";

        User updated = core.users.update(tom.asActor(), tom.id(),
                changes().displayName("Dr. Tom").password(newPassword).build());

        assertThat(updated.displayName()).isEqualTo("Dr. Tom");
        assertThat(core.users.get(tom.asActor(), tom.id()).displayName()).isEqualTo("Dr. Tom");
        assertThat(core.users.authenticate("tom", newPassword, null).userId()).isEqualTo(tom.id());
        assertThatThrownBy(() -> core.users.authenticate("tom", PASSWORD, null))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aUserCannotChangeTheirOwnRoles() {
        User tom = core.user("tom", Role.THERAPIST);

        assertThatThrownBy(() -> core.users.update(tom.asActor(), tom.id(),
                changes().roles(Set.of(Role.THERAPIST, Role.ADMIN)).build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.users.get(core.system, tom.id()).roles()).containsExactly(Role.THERAPIST);
    }

    @Test
    void aUserCannotDeactivateOrReactivateTheirOwnAccount() {
        User tom = core.user("tom", Role.THERAPIST);

        assertThatThrownBy(() -> core.users.update(tom.asActor(), tom.id(), changes().active(false).build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.users.get(core.system, tom.id()).active()).isTrue();
    }

    /** UserService#update: "a user may change only their own display name, email and password". */
    @Test
    void aUserCannotChangeTheirOwnModalities() {
        User tom = core.user("tom", Role.THERAPIST);

        assertThatThrownBy(() -> core.users.update(tom.asActor(), tom.id(),
                changes().modalities(List.of("emdr")).build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(core.users.get(core.system, tom.id()).modalities()).containsExactly("cbt");
    }

    @Test
    void aUserCannotChangeSomeoneElsesAccount() {
        User tom = core.user("tom", Role.THERAPIST);
        User una = core.user("una", Role.THERAPIST);

        assertThatThrownBy(() -> core.users.update(tom.asActor(), una.id(), changes().displayName("Hacked").build()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> core.users.get(tom.asActor(), una.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(core.users.get(core.system, una.id()).displayName()).isEqualTo("Una Example");
    }

    @Test
    void aNonAdminListsOnlyThemself() {
        User tom = core.user("tom", Role.THERAPIST);
        core.user("una", Role.THERAPIST);

        assertThat(core.users.list(tom.asActor())).extracting(User::id).containsExactly(tom.id());
        assertThat(core.users.list(core.system)).hasSize(2);
    }

    @Test
    void aPasswordChangeEndsTheUsersSessions() {
        User tom = core.user("tom", Role.THERAPIST);
        String token = core.sessions.open(tom.asActor()).token();

        core.users.update(tom.asActor(), tom.id(), changes().password("a brand new passphrase").build());

        assertThat(core.sessions.find(token)).isEmpty();
    }

    @Test
    void aDisplayNameChangeKeepsTheUsersSessions() {
        User tom = core.user("tom", Role.THERAPIST);
        String token = core.sessions.open(tom.asActor()).token();

        core.users.update(tom.asActor(), tom.id(), changes().displayName("Dr. Tom").build());

        assertThat(core.sessions.find(token)).isPresent();
    }

    @Test
    void deactivationEndsTheUsersSessions() {
        Actor admin = core.admin("ada");
        User tom = core.user("tom", Role.THERAPIST);
        String token = core.sessions.open(tom.asActor()).token();

        core.users.update(admin, tom.id(), changes().active(false).build());

        assertThat(core.sessions.find(token)).isEmpty();
        assertThat(core.postedEvents(Events.USER_UPDATED))
                .anySatisfy(e -> assertThat(e.getProperty(Events.PROP_ID)).isEqualTo(tom.id().toString()));
    }

    @Test
    void theLastActiveAdminCannotBeDeactivated() {
        Actor admin = core.admin("ada");

        assertThatThrownBy(() -> core.users.update(admin, admin.userId(), changes().active(false).build()))
                .isInstanceOf(ConflictException.class);
        assertThat(core.users.get(admin, admin.userId()).active()).isTrue();
    }

    @Test
    void theLastActiveAdminCannotLoseTheAdminRole() {
        Actor admin = core.admin("ada");

        assertThatThrownBy(() -> core.users.update(admin, admin.userId(),
                changes().roles(Set.of(Role.THERAPIST)).build()))
                .isInstanceOf(ConflictException.class);
        assertThat(core.users.get(admin, admin.userId()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anInactiveAdminDoesNotCountAsTheRemainingAdmin() {
        Actor ada = core.admin("ada");
        Actor abe = core.admin("abe");
        core.users.update(ada, abe.userId(), changes().active(false).build());

        assertThatThrownBy(() -> core.users.update(ada, ada.userId(), changes().roles(Set.of(Role.THERAPIST)).build()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAdminMayStepDownWhileAnotherActiveAdminRemains() {
        Actor ada = core.admin("ada");
        core.admin("abe");

        User after = core.users.update(ada, ada.userId(), changes().roles(Set.of(Role.THERAPIST)).build());

        assertThat(after.roles()).containsExactly(Role.THERAPIST);
    }

    // ---- helpers ----

    private static NewUser newUser(String username, String password, Role role) {
        return new NewUser(username, password, "Someone", null, Set.of(role), null, null);
    }

    private static InvalidInputException invalid(Runnable action) {
        Throwable thrown = catchThrowable(action::run);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    private static Changes changes() {
        return new Changes();
    }

    /** Builds a {@link UserChanges}; unset components stay {@code null} (unchanged). */
    private static final class Changes {
        private String displayName;
        private Set<Role> roles;
        private List<String> modalities;
        private Boolean active;
        private String password;

        Changes displayName(String value) {
            displayName = value;
            return this;
        }

        Changes roles(Set<Role> value) {
            roles = value;
            return this;
        }

        Changes modalities(List<String> value) {
            modalities = value;
            return this;
        }

        Changes active(boolean value) {
            active = value;
            return this;
        }

        Changes password(String value) {
            password = value;
            return this;
        }

        UserChanges build() {
            return new UserChanges(displayName, null, roles, modalities, null, active, password);
        }
    }
}
