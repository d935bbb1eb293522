package id.lunas.domain.user;

import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.audit.AdministrationAction;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final UserAccount user = UserAccount.create("siti.finance", "Siti", "hash", Set.of(Role.FINANCE), seedDay());
    private final UserAccount admin = UserAccount.create("admin", "Admin", "hash", Set.of(Role.ADMIN), seedDay());

    @Test
    void everyChangeToWhoMayDoWhatMovesTheSecurityStampSoOpenSessionsNotice() {
        long stamp = user.getSecurityStamp();
        user.assignRoles(Set.of(Role.VIEWER), 1, seedDay());
        assertThat(user.getSecurityStamp()).isGreaterThan(stamp);

        stamp = user.getSecurityStamp();
        user.changePassword("new-hash", false, seedDay());
        assertThat(user.getSecurityStamp()).isGreaterThan(stamp);

        stamp = user.getSecurityStamp();
        user.disable(1, seedDay());
        assertThat(user.isEnabled()).isFalse();
        assertThat(user.getSecurityStamp()).isGreaterThan(stamp);

        stamp = user.getSecurityStamp();
        user.enable(seedDay());
        assertThat(user.getSecurityStamp()).isGreaterThan(stamp);
    }

    @Test
    void choosingALanguageChangesNothingAboutAccessSoSessionsKeepTheirStamp() {
        long stamp = user.getSecurityStamp();

        user.chooseLanguage("id");

        assertThat(user.getSecurityStamp()).isEqualTo(stamp);
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledOrLoseTheAdminRole() {
        assertThatThrownBy(() -> admin.disable(0, seedDay())).isInstanceOf(RuleViolationException.class)
                .hasMessage("admin is the last enabled administrator; make another user an administrator first");
        assertThatThrownBy(() -> admin.assignRoles(Set.of(Role.FINANCE), 0, seedDay()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anAdministratorMayStepDownWhileAnotherOneIsEnabled() {
        admin.assignRoles(Set.of(Role.ADMIN, Role.FINANCE), 0, seedDay());
        admin.assignRoles(Set.of(Role.FINANCE), 1, seedDay());
        assertThat(admin.isEnabledAdministrator()).isFalse();

        user.disable(0, seedDay());
        assertThat(user.isEnabled()).as("a user who is no administrator needs no other one").isFalse();
    }

    @Test
    void userNamesPasswordsAndRolesAreChecked() {
        assertThatThrownBy(() -> UserAccount.requireUsername("Siti Finance")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> UserAccount.checkPassword("password", "short")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> UserAccount.create("budi", "Budi", "h", Set.of(), seedDay()))
                .isInstanceOf(InvalidInputException.class).hasMessage("A user needs at least one role");
    }

    @Test
    void everyChangeToAUsersAccessIsAnEventNamingTheUserAndForRolesTheRolesBeforeAndAfter() {
        assertThat(user.creation(seedDay())).satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AdministrationAction.USER_CREATED);
            assertThat(event.getSubject()).isEqualTo("siti.finance");
            assertThat(event.getToValue()).isEqualTo("FINANCE");
        });
        assertThat(user.assignRoles(Set.of(Role.VIEWER, Role.FINANCE_MANAGER), 1, seedDay())).satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AdministrationAction.ROLES_CHANGED);
            assertThat(event.getUser()).isEqualTo("finance");
            assertThat(event.getFromValue()).isEqualTo("FINANCE");
            assertThat(event.getToValue()).isEqualTo("FINANCE_MANAGER, VIEWER");
        });
        assertThat(user.changePassword("h2", true, seedDay()).getAction()).isEqualTo(AdministrationAction.PASSWORD_RESET);
        assertThat(user.changePassword("h3", false, seedDay()).getAction())
                .isEqualTo(AdministrationAction.PASSWORD_CHANGED);
        assertThat(user.disable(1, seedDay()).getAction()).isEqualTo(AdministrationAction.USER_DISABLED);
        assertThat(user.enable(seedDay()).getAction()).isEqualTo(AdministrationAction.USER_ENABLED);
    }
}
