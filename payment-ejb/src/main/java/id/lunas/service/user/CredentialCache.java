package id.lunas.service.user;

import jakarta.enterprise.context.ApplicationScoped;
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
 * Remembers for a minute that a user name and password were verified, so an API client does not
 * pay a PBKDF2 check on every request. Entries are keyed on a SHA-256 of both, never on the
 * password itself, and a user's entries go as soon as their password, roles or status change.
 */
@ApplicationScoped
public class CredentialCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Optional<SignedIn> lookUp(String username, String password, Instant now) {
        Entry entry = entries.get(key(username, password));
        if (entry == null || now.isAfter(entry.expires())) {
            return Optional.empty();
        }
        return Optional.of(entry.signedIn());
    }

    public void remember(String username, String password, SignedIn signedIn, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> now.isAfter(entry.expires()));
        }
        if (entries.size() < MAX_ENTRIES) {
            entries.put(key(username, password), new Entry(signedIn, now.plus(TIME_TO_LIVE)));
        }
    }

    public void forget(String username) {
        entries.values().removeIf(entry -> entry.signedIn().username().equals(username));
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
