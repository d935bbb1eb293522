package id.lunas.domain.user;

import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

    private final UserAccount user = UserAccount.create("siti.finance", "Siti", "hash", Set.of(Role.FINANCE), seedDay());

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            user.signInFailed(NOW);
        }
        assertThat(user.maySignIn(NOW)).isTrue();

        user.signInFailed(NOW);

        assertThat(user.maySignIn(NOW)).isFalse();
        assertThat(user.maySignIn(NOW.plusSeconds(15 * 60 - 1))).isFalse();
        assertThat(user.maySignIn(NOW.plusSeconds(15 * 60))).isTrue();
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            user.signInFailed(NOW);
        }
        user.signedIn();
        user.signInFailed(NOW);

        assertThat(user.maySignIn(NOW)).isTrue();
    }

    @Test
    void aDisabledUserCannotSignInAndANewPasswordLiftsALock() {
        for (int i = 0; i < 5; i++) {
            user.signInFailed(NOW);
        }
        user.changePassword("new-hash", seedDay());
        assertThat(user.maySignIn(NOW)).isTrue();

        user.disable(seedDay());
        assertThat(user.maySignIn(NOW)).isFalse();
    }

    @Test
    void userNamesPasswordsAndRolesAreChecked() {
        assertThatThrownBy(() -> UserAccount.requireUsername("Siti Finance")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> UserAccount.checkPassword("password", "short")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> UserAccount.create("budi", "Budi", "h", Set.of(), seedDay()))
                .isInstanceOf(InvalidInputException.class).hasMessage("A user needs at least one role");
    }
}
