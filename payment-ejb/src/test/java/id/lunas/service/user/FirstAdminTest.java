package id.lunas.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.user.Role;
import id.lunas.service.platform.DatabaseMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstAdminTest {

    private final List<String> created = new ArrayList<>();

    @Test
    void onAnEmptyMySqlDatabaseWithoutAnAdminPasswordLunasRefusesToStart() {
        FirstAdmin start = firstAdmin(0, "MySQL", Optional.empty());

        assertThatThrownBy(start::createWhenNobodyCanSignIn).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set LUNAS_ADMIN_PASSWORD");
        assertThat(created).isEmpty();
    }

    @Test
    void aBlankAdminPasswordCountsAsNone() {
        assertThatThrownBy(firstAdmin(0, "MariaDB", Optional.of("  "))::createWhenNobodyCanSignIn)
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onAnEmptyDatabaseTheAdminPasswordCreatesTheFirstAdministrator() {
        firstAdmin(0, "MySQL", Optional.of("a-long-admin-password")).createWhenNobodyCanSignIn();

        assertThat(created).containsExactly("admin:a-long-admin-password:[ADMIN]");
    }

    @Test
    void onceSomeoneCanSignInNothingIsCreatedOrRefused() {
        firstAdmin(3, "MySQL", Optional.of("a-long-admin-password")).createWhenNobodyCanSignIn();
        assertThatCode(firstAdmin(3, "MySQL", Optional.empty())::createWhenNobodyCanSignIn).doesNotThrowAnyException();

        assertThat(created).isEmpty();
    }

    @Test
    void theEmbeddedDatabaseOnlyWarnsSoATrialStillStarts() {
        assertThatCode(firstAdmin(0, "H2", Optional.empty())::createWhenNobodyCanSignIn).doesNotThrowAnyException();
        assertThat(created).isEmpty();
    }

    private FirstAdmin firstAdmin(long users, String product, Optional<String> password) {
        FirstAdmin start = new FirstAdmin();
        start.adminPassword = password;
        start.users = new UserAccountService() {
            @Override
            public long count() {
                return users;
            }

            @Override
            public UserView createBySystem(String username, String displayName, String secret, Set<Role> roles) {
                created.add(username + ":" + secret + ":" + roles);
                return null;
            }
        };
        start.database = new DatabaseMigration() {
            @Override
            public String databaseProduct() {
                return product;
            }
        };
        return start;
    }
}
