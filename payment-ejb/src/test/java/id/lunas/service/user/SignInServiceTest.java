package id.lunas.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.user.Role;
import id.lunas.domain.user.UserAccount;
import id.lunas.service.platform.BusinessClock;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Signing in without a container: what each attempt costs and what it leaves behind. Timing itself
 * is not asserted (these machines are shared); that every refusal costs the one PBKDF2 check a wrong
 * password costs is.
 */
class SignInServiceTest {

    private static final ChangeContext BY_ADMIN = new ChangeContext("admin", Instant.parse("2026-12-01T01:00:00Z"),
            LocalDate.of(2026, 12, 1));

    private final List<String> checkedAgainst = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final SignInService signIn = new SignInService();
    private final UserAccount siti = UserAccount.create("siti", "Siti", "hash-of-siti", Set.of(Role.FINANCE), BY_ADMIN);
    private final UserAccount budi = UserAccount.create("budi", "Budi", "hash-of-budi", Set.of(Role.VIEWER), BY_ADMIN);

    SignInServiceTest() {
        budi.disable(1, BY_ADMIN);
        Map<String, UserAccount> users = Map.of("siti", siti, "budi", budi);
        signIn.accounts = new UserAccounts() {
            @Override
            public Optional<UserAccount> find(String username, LockModeType lock) {
                return Optional.ofNullable(users.get(username));
            }
        };
        signIn.hashing = new PasswordHashing() {
            @Override
            public String hash(String password) {
                return "hash-of-nobody";
            }

            @Override
            public boolean matches(String password, String hash) {
                checkedAgainst.add(hash);
                return hash.equals("hash-of-" + password);
            }
        };
        signIn.failures = new SignInFailures() {
            @Override
            public Optional<Instant> waitUntil(String username, String address, Instant now) {
                return Optional.empty();
            }

            @Override
            public void failed(String username, String address, Instant now) {
                failures.add(username + "@" + address);
            }

            @Override
            public void succeeded(String username, String address) {
            }
        };
        signIn.cache = new CredentialCache();
        signIn.clock = new BusinessClock();
        signIn.clock.use(Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Jakarta")));
        signIn.init();
        checkedAgainst.clear();
    }

    @Test
    void anUnknownUserCostsTheSamePasswordCheckAsAWrongPasswordSoTimingTellsNoNames() {
        assertThat(signIn.verify("nobody", "guess", "203.0.113.7").signedIn()).isEmpty();
        assertThat(signIn.verify("siti", "guess", "203.0.113.7").signedIn()).isEmpty();
        assertThat(signIn.verify("budi", "budi", "203.0.113.7").signedIn()).as("disabled").isEmpty();

        assertThat(checkedAgainst).hasSize(3).containsExactly("hash-of-nobody", "hash-of-siti", "hash-of-budi");
        assertThat(failures).containsExactly("nobody@203.0.113.7", "siti@203.0.113.7", "budi@203.0.113.7");
    }

    @Test
    void theRightPasswordSignsInWithTheRolesAndTheAccountsStamp() {
        SignInResult result = signIn.verify("siti", "siti", "203.0.113.7");

        assertThat(result.signedIn()).hasValueSatisfying(user -> {
            assertThat(user.roles()).containsExactly(Role.FINANCE);
            assertThat(user.stamp()).isEqualTo(siti.getSecurityStamp());
        });
        assertThat(failures).isEmpty();
    }
}
