package id.lunas.service.user;

import id.lunas.domain.user.SignInThrottle;
import id.lunas.service.platform.Likes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The failed sign-ins counted for {@link SignInThrottle}, kept in the database so every server of a
 * cluster sees the same counts. Each failure is one upsert per count, in the caller's transaction.
 */
@ApplicationScoped
public class SignInFailures {

    @PersistenceContext
    EntityManager em;

    /** When the next attempt of this user from this address may come, if it must wait. */
    public Optional<Instant> waitUntil(String username, String address, Instant now) {
        Map<String, SignInThrottle> bySubject = Arrays.stream(SignInThrottle.values())
                .collect(Collectors.toMap(throttle -> throttle.subject(username, address), Function.identity()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT subject, failures, last_failure_at FROM sign_in_failure "
                        + "WHERE subject IN (?, ?, ?)")
                .setParameter(1, SignInThrottle.ACCOUNT_FROM_ADDRESS.subject(username, address))
                .setParameter(2, SignInThrottle.ADDRESS.subject(username, address))
                .setParameter(3, SignInThrottle.ACCOUNT.subject(username, address))
                .getResultList();
        return rows.stream()
                .map(row -> bySubject.get((String) row[0]).nextAttemptAt(((Number) row[1]).intValue(), instant(row[2]),
                        now))
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo);
    }

    /** Counts a failure three ways; a count older than {@link SignInThrottle#FORGET_AFTER} starts again at one. */
    public void failed(String username, String address, Instant now) {
        LocalDateTime at = utc(now);
        LocalDateTime forgotten = utc(now.minus(SignInThrottle.FORGET_AFTER));
        for (SignInThrottle throttle : SignInThrottle.values()) {
            em.createNativeQuery("INSERT INTO sign_in_failure (subject, failures, last_failure_at) VALUES (?, 1, ?) "
                            + "ON DUPLICATE KEY UPDATE failures = CASE WHEN last_failure_at < ? THEN 1 "
                            + "ELSE failures + 1 END, last_failure_at = ?")
                    .setParameter(1, throttle.subject(username, address))
                    .setParameter(2, at)
                    .setParameter(3, forgotten)
                    .setParameter(4, at)
                    .executeUpdate();
        }
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE last_failure_at < ?")
                .setParameter(1, utc(now.minus(SignInThrottle.FORGET_AFTER.multipliedBy(24))))
                .executeUpdate();
    }

    /** The right password from this address: its own count and the account's start again. */
    public void succeeded(String username, String address) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE subject IN (?, ?)")
                .setParameter(1, SignInThrottle.ACCOUNT_FROM_ADDRESS.subject(username, address))
                .setParameter(2, SignInThrottle.ACCOUNT.subject(username, address))
                .executeUpdate();
    }

    /** An administrator vouched for the user (a new password, enabled again): every count of the account goes. */
    public void forgive(String username) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE subject = ? OR subject LIKE ?" + Likes.ESCAPE)
                .setParameter(1, SignInThrottle.ACCOUNT.subject(username, ""))
                .setParameter(2, Likes.startingWith(SignInThrottle.ACCOUNT_FROM_ADDRESS.subject(username, "")))
                .executeUpdate();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        LocalDateTime local = value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
