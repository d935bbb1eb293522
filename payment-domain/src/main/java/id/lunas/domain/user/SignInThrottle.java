package id.lunas.domain.user;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the next sign-in must wait after failed ones. Failures are counted three ways, each
 * with its own allowance and its own longest wait:
 * <ul>
 * <li>one account from one client address: a few typing mistakes are free, then the wait doubles
 * up to 15 minutes, so a guesser gets a handful of tries an hour;</li>
 * <li>one client address, whatever the account: trying many accounts from one place is slowed
 * the same way, after more free failures (an office shares one address);</li>
 * <li>one account, from anywhere: the wait grows only to 30 seconds, so the real user, signing in
 * from their own address with the right password, is in within a minute of an attack on their
 * account.</li>
 * </ul>
 * A count that has seen no failure for {@link #FORGET_AFTER} starts again.
 */
public enum SignInThrottle {

    ACCOUNT_FROM_ADDRESS(3, Duration.ofMinutes(15)),
    ADDRESS(20, Duration.ofMinutes(15)),
    ACCOUNT(5, Duration.ofSeconds(30));

    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final int freeFailures;
    private final Duration longestWait;

    SignInThrottle(int freeFailures, Duration longestWait) {
        this.freeFailures = freeFailures;
        this.longestWait = longestWait;
    }

    /** The wait after this many failures in a row: none within the allowance, then 1 s, 2 s, 4 s ... up to the cap. */
    public Duration waitAfter(int failures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        long seconds = beyond >= 31 ? Long.MAX_VALUE : 1L << (beyond - 1);
        return seconds >= longestWait.toSeconds() ? longestWait : Duration.ofSeconds(seconds);
    }

    /** When the next attempt may come, given the count and its last failure; null when it may come now. */
    public Instant nextAttemptAt(int failures, Instant lastFailure, Instant now) {
        if (lastFailure == null || lastFailure.plus(FORGET_AFTER).isBefore(now)) {
            return null;
        }
        Instant next = lastFailure.plus(waitAfter(failures));
        return next.isAfter(now) ? next : null;
    }

    /** The key a count is kept under, e.g. {@code A:finance@203.0.113.7}. */
    public String subject(String username, String address) {
        String user = username.length() > 100 ? username.substring(0, 100) : username;
        return switch (this) {
            case ACCOUNT_FROM_ADDRESS -> "A:" + user + "@" + address;
            case ADDRESS -> "I:" + address;
            case ACCOUNT -> "U:" + user;
        };
    }
}
