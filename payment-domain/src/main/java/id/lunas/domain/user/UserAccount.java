package id.lunas.domain.user;

import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Somebody who signs in to Lunas (a person or an integration client). Repeated wrong passwords
 * lock the account for a while, so a password cannot be guessed by trying.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends Audited {

    public static final int LOCK_AFTER_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "language", length = 8)
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public static UserAccount create(String username, String displayName, String passwordHash, Set<Role> roles,
                                     ChangeContext change) {
        UserAccount user = new UserAccount();
        user.username = requireUsername(username);
        user.displayName = Texts.required("displayName", "Display name", displayName, 100);
        user.passwordHash = passwordHash;
        user.enabled = true;
        user.assign(roles);
        user.markCreated(change);
        return user;
    }

    /** Refuses passwords too short to resist guessing; call before hashing. */
    public static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(field, "A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    public static String requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "A user name has 3 to 50 lower-case letters, digits, dots, "
                    + "dashes or underscores, and starts with a letter or digit");
        }
        return username;
    }

    public boolean maySignIn(Instant now) {
        return enabled && !isLockedAt(now);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A wrong password: the fifth in a row locks the account for {@link #LOCK_DURATION}. */
    public void signInFailed(Instant now) {
        failedSignIns++;
        if (failedSignIns >= LOCK_AFTER_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedSignIns = 0;
        }
    }

    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public void assign(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException("roles", "A user needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void assignRoles(Set<Role> newRoles, ChangeContext change) {
        assign(newRoles);
        markUpdated(change);
    }

    /** A new password also lifts a lock: the admin who set it has checked who asked. */
    public void changePassword(String newHash, ChangeContext change) {
        passwordHash = newHash;
        signedIn();
        markUpdated(change);
    }

    /** The back-office language the user chose: an ISO 639 code such as {@code id}. */
    public void chooseLanguage(String code) {
        if (code == null || !code.matches("[a-z]{2,3}")) {
            throw new InvalidInputException("language", "A language is a two- or three-letter code such as en or id");
        }
        language = code;
    }

    public void disable(ChangeContext change) {
        enabled = false;
        markUpdated(change);
    }

    public void enable(ChangeContext change) {
        enabled = true;
        signedIn();
        markUpdated(change);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
