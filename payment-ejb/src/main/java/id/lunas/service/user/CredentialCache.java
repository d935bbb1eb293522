package id.lunas.service.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Lunas remembers about signing in, so most requests cost neither a PBKDF2 check nor a trip to
 * the database: for a minute, that a user name and password were verified (keyed on a SHA-256 of
 * both, never on the password itself); for a few seconds, what an account may do now (its roles and
 * security stamp), which every back-office request checks. A user's entries go as soon as their
 * password, roles or status change.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    /** Short, because another server of a cluster may change the account without telling this one. */
    static final Duration ACCOUNT_TIME_TO_LIVE = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Entry> accounts = new ConcurrentHashMap<>();

    @Inject
    SignInService signIn;

    public Optional<SignedIn> lookUp(String username, String password, Instant now) {
        Entry entry = entries.get(key(username, password));
        if (entry == null || now.isAfter(entry.expires())) {
            return Optional.empty();
        }
        return Optional.of(entry.signedIn());
    }

    public void remember(String username, String password, SignedIn signedIn, Instant now) {
        put(entries, key(username, password), new Entry(signedIn, now.plus(TIME_TO_LIVE)), now);
    }

    /** The account as it is now: from memory for a few seconds, else from the database; empty when disabled or gone. */
    public Optional<SignedIn> current(String username, Instant now) {
        Entry entry = accounts.get(username);
        if (entry != null && !now.isAfter(entry.expires())) {
            return Optional.of(entry.signedIn());
        }
        Optional<SignedIn> current = signIn.current(username);
        current.ifPresentOrElse(user -> put(accounts, username, new Entry(user, now.plus(ACCOUNT_TIME_TO_LIVE)), now),
                () -> accounts.remove(username));
        return current;
    }

    public void forget(String username) {
        entries.values().removeIf(entry -> entry.signedIn().username().equals(username));
        accounts.remove(username);
    }

    private static void put(Map<String, Entry> map, String key, Entry entry, Instant now) {
        if (map.size() >= MAX_ENTRIES) {
            map.values().removeIf(old -> now.isAfter(old.expires()));
        }
        if (map.size() < MAX_ENTRIES) {
            map.put(key, entry);
        }
    }

    private static String key(String username, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(username.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private record Entry(SignedIn signedIn, Instant expires) {
    }
}
