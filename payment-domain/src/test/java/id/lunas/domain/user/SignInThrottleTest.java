package id.lunas.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void aFewTypingMistakesFromOneAddressCostNothingThenTheWaitDoublesUpToFifteenMinutes() {
        SignInThrottle pair = SignInThrottle.ACCOUNT_FROM_ADDRESS;

        assertThat(pair.waitAfter(3)).isZero();
        assertThat(pair.waitAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(pair.waitAfter(5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(pair.waitAfter(12)).isEqualTo(Duration.ofSeconds(256));
        assertThat(pair.waitAfter(14)).isEqualTo(Duration.ofMinutes(15));
        assertThat(pair.waitAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aGuesserGetsOnlyAHandfulOfTriesAnHourOnceTheWaitIsLongest() {
        SignInThrottle pair = SignInThrottle.ACCOUNT_FROM_ADDRESS;
        int tries = 0;
        Instant at = NOW;
        for (int failures = 1; at.isBefore(NOW.plus(Duration.ofHours(2))); failures++) {
            if (at.isAfter(NOW.plus(Duration.ofHours(1)))) {
                tries++;
            }
            at = at.plus(pair.waitAfter(failures));
            if (pair.waitAfter(failures).isZero()) {
                at = at.plusSeconds(1);
            }
        }
        assertThat(tries).isBetween(1, 5);
    }

    @Test
    void theAccountFromAnywhereWaitsAtMostThirtySecondsSoItsOwnerGetsInWithinAMinute() {
        assertThat(SignInThrottle.ACCOUNT.waitAfter(5)).isZero();
        assertThat(SignInThrottle.ACCOUNT.waitAfter(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theNextAttemptWaitsFromTheLastFailureAndAnOldCountIsForgotten() {
        SignInThrottle pair = SignInThrottle.ACCOUNT_FROM_ADDRESS;

        assertThat(pair.nextAttemptAt(5, NOW, NOW.plusSeconds(1))).isEqualTo(NOW.plusSeconds(2));
        assertThat(pair.nextAttemptAt(5, NOW, NOW.plusSeconds(2))).isNull();
        assertThat(pair.nextAttemptAt(3, NOW, NOW)).isNull();
        assertThat(pair.nextAttemptAt(100, NOW, NOW.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1))).isNull();
    }

    @Test
    void eachCountHasItsOwnKey() {
        assertThat(SignInThrottle.ACCOUNT_FROM_ADDRESS.subject("finance", "203.0.113.7")).isEqualTo("A:finance@203.0.113.7");
        assertThat(SignInThrottle.ADDRESS.subject("finance", "203.0.113.7")).isEqualTo("I:203.0.113.7");
        assertThat(SignInThrottle.ACCOUNT.subject("finance", "203.0.113.7")).isEqualTo("U:finance");
    }
}
