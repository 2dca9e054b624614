package org.alliance.core.internal.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.AuthenticationException;
import org.alliance.api.core.Colleague;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Events;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.NewUser;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserChanges;
import org.alliance.api.core.UserService;
import org.alliance.core.internal.Checks;
import org.alliance.core.internal.EventProps;
import org.alliance.core.internal.config.PracticeSettings;
import org.alliance.core.internal.db.DataAccessException;
import org.alliance.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Practitioner accounts in {@code CORE.PRACTITIONER}, with Argon2id passwords, throttling and a credential cache. */
@Component(service = {UserService.class, UserServiceImpl.class})
public class UserServiceImpl implements UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final String WRONG_CREDENTIALS = "Wrong username or password.";

    private final UserRepository repository;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final CredentialCache cache;
    private final SessionStore sessions;
    private final PracticeSettings settings;
    private final AuditLog audit;
    private final EventAdmin events;
    private final Clock clock;
    /**
     * Hash verified for unknown usernames so that their answer takes as long as a wrong password.
     * Made on first use, not at start: it is a full Argon2 run on the boot path otherwise.
     */
    private volatile String decoyHash;

    @Activate
    public UserServiceImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=CORE)") ModuleSchema schema, @Reference PracticeSettings settings,
            @Reference SessionStore sessions, @Reference AuditLog audit, @Reference EventAdmin events) {
        this(new Jdbc(dataSource), new PasswordHasher(), settings, sessions, audit, events, Clock.systemUTC());
    }

    /** Builds the service outside OSGi, on an explicit connection helper and clock (tests, tools). */
    public static UserServiceImpl using(Jdbc jdbc, PasswordHasher hasher, PracticeSettings settings, SessionStore sessions,
            AuditLog audit, EventAdmin events, Clock clock) {
        return new UserServiceImpl(jdbc, hasher, settings, sessions, audit, events, clock);
    }

    UserServiceImpl(Jdbc jdbc, PasswordHasher hasher, PracticeSettings settings, SessionStore sessions,
            AuditLog audit, EventAdmin events, Clock clock) {
        this.repository = new UserRepository(jdbc);
        this.hasher = hasher;
        this.throttle = new LoginThrottle(clock);
        this.cache = new CredentialCache(clock);
        this.sessions = sessions;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = hasher.hash(UUID.randomUUID().toString());
            decoyHash = decoy;
        }
        return decoy;
    }

    @Override
    public User create(Actor actor, NewUser input) {
        requireAdmin(actor, "create accounts");
        return insert(actor, input);
    }

    /**
     * Creates the first admin of a fresh installation, from the environment or the setup page.
     *
     * @throws ConflictException when any account already exists
     */
    public synchronized User createFirstAdmin(String origin, NewUser input) {
        if (anyUserExists()) {
            throw new ConflictException("This practice is already set up; sign in instead.");
        }
        Set<Role> roles = EnumSet.of(Role.ADMIN);
        if (input.roles() != null) {
            roles.addAll(input.roles());
        }
        return insert(Actor.system(origin), new NewUser(input.username(), input.password(), input.displayName(),
                input.email(), roles, input.modalities(), input.licenseNumber()));
    }

    private User insert(Actor actor, NewUser input) {
        String username = username(input.username());
        if (input.roles() == null || input.roles().isEmpty()) {
            throw new InvalidInputException("roles", "give at least one role");
        }
        PasswordPolicy.check(input.password(), username, settings.values().passwordMinLength());
        User user = new User(UUID.randomUUID(), username, Checks.required("displayName", input.displayName(), 200),
                Checks.email("email", input.email()), input.roles(), Checks.modalities("modalities", input.modalities()),
                Checks.optional("licenseNumber", input.licenseNumber(), 100), true, clock.instant());
        try {
            repository.insert(user, hasher.hash(input.password()));
        } catch (DataAccessException e) {
            if (e.isDuplicateKey()) {
                throw new ConflictException("The username '" + username + "' is taken.");
            }
            throw e;
        }
        audit.record(AuditRecord.success(actor, "user.create", "user", user.id(), null));
        events.postEvent(new Event(Events.USER_CREATED, EventProps.of(user.id(), actor, user.createdAt())));
        return user;
    }

    @Override
    public List<Colleague> colleagues(Actor actor) {
        if (actor.roles().isEmpty()) {
            throw new AccessDeniedException("Only practice staff can see the list of colleagues.");
        }
        return repository.all().stream().filter(User::active)
                .map(u -> new Colleague(u.id(), u.displayName(), u.roles()))
                .sorted(Comparator.comparing(Colleague::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public List<User> list(Actor actor) {
        if (actor.has(Role.ADMIN)) {
            return repository.all();
        }
        return actor.userId() == null ? List.of() : List.of(get(actor, actor.userId()));
    }

    @Override
    public User get(Actor actor, UUID id) {
        if (!actor.has(Role.ADMIN) && !id.equals(actor.userId())) {
            throw new AccessDeniedException("You can only view your own account.");
        }
        return repository.findById(id).map(UserRepository.StoredUser::user)
                .orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    @Override
    public synchronized User update(Actor actor, UUID id, UserChanges changes) {
        boolean self = id.equals(actor.userId());
        boolean admin = actor.has(Role.ADMIN);
        if (!admin && !self) {
            throw new AccessDeniedException("You can only change your own account.");
        }
        if (!admin && (changes.roles() != null || changes.active() != null || changes.licenseNumber() != null
                || changes.modalities() != null)) {
            // Declared competencies gate engagements, so an admin records them (with the evidence).
            throw new AccessDeniedException("Only an admin can change roles, declared modalities, license number"
                    + " or whether an account is active.");
        }
        UserRepository.StoredUser stored = repository.findById(id)
                .orElseThrow(() -> new RecordNotFoundException("user", id));
        User old = stored.user();
        if (changes.roles() != null && changes.roles().isEmpty()) {
            throw new InvalidInputException("roles", "give at least one role");
        }
        User updated = new User(old.id(), old.username(),
                changes.displayName() == null ? old.displayName() : Checks.required("displayName", changes.displayName(), 200),
                changes.email() == null ? old.email() : Checks.email("email", changes.email()),
                changes.roles() == null ? old.roles() : changes.roles(),
                changes.modalities() == null ? old.modalities() : Checks.modalities("modalities", changes.modalities()),
                changes.licenseNumber() == null ? old.licenseNumber() : Checks.optional("licenseNumber", changes.licenseNumber(), 100),
                changes.active() == null ? old.active() : changes.active(), old.createdAt());
        boolean losesAdmin = old.active() && old.roles().contains(Role.ADMIN)
                && (!updated.active() || !updated.roles().contains(Role.ADMIN));
        if (losesAdmin && repository.countActiveAdminsOtherThan(id) == 0) {
            throw new ConflictException("This is the last active admin; make another account admin first.");
        }
        String hash = stored.passwordHash();
        if (changes.password() != null) {
            PasswordPolicy.check(changes.password(), old.username(), settings.values().passwordMinLength());
            hash = hasher.hash(changes.password());
        }
        Instant now = clock.instant();
        repository.update(updated, hash, now);
        cache.evict(old.username());
        if (changes.password() != null || !updated.roles().equals(old.roles()) || !updated.active()) {
            sessions.closeAllOf(id);
        }
        audit.record(AuditRecord.success(actor, "user.update", "user", id, null));
        events.postEvent(new Event(Events.USER_UPDATED, EventProps.of(id, actor, now)));
        return updated;
    }

    @Override
    public Actor authenticate(String username, String password, String remoteAddress) {
        if (username == null || password == null || username.isBlank()) {
            throw new AuthenticationException(WRONG_CREDENTIALS);
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        Actor cached = cache.lookup(name, password);
        if (cached != null) {
            return cached;
        }
        throttle.check(name, remoteAddress);
        Optional<UserRepository.StoredUser> stored = repository.findByUsername(name);
        boolean verified = hasher.verify(password, stored.map(UserRepository.StoredUser::passwordHash).orElseGet(this::decoyHash));
        if (!verified || stored.isEmpty() || !stored.get().user().active()) {
            throttle.failed(name, remoteAddress, settings.values().loginMaxFailures());
            audit.record(new AuditRecord(new Actor(stored.map(s -> s.user().id()).orElse(null), name, name, Set.of()),
                    "auth.login", "user", stored.map(s -> s.user().id()).orElse(null), null, AuditOutcome.FAILED,
                    remoteAddress == null ? null : "from " + remoteAddress, false));
            throw new AuthenticationException(WRONG_CREDENTIALS);
        }
        throttle.succeeded(name);
        Actor actor = stored.get().user().asActor();
        cache.remember(name, password, actor);
        audit.record(new AuditRecord(actor, "auth.login", "user", actor.userId(), null, AuditOutcome.SUCCESS,
                remoteAddress == null ? null : "from " + remoteAddress, false));
        return actor;
    }

    @Override
    public Optional<Actor> activeActor(UUID userId) {
        return repository.findById(userId).map(UserRepository.StoredUser::user).filter(User::active).map(User::asActor);
    }

    @Override
    public boolean anyUserExists() {
        return repository.count() > 0;
    }

    private static String username(String raw) {
        String username = Checks.required("username", raw, 64).toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "use 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return username;
    }

    private static void requireAdmin(Actor actor, String what) {
        if (!actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only an admin can " + what + ".");
        }
    }
}
