package id.lunas.domain.setting;

import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.audit.AdministrationAction;
import id.lunas.domain.shared.BackdatingAllowance;
import id.lunas.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SettingTest {

    private final Setting backdating = new Setting(SettingName.BACKDATING_DAYS, seedDay());

    @Test
    void aChangeIsKeptWithTheValueBeforeAndAfterAndWhoMadeIt() {
        assertThat(backdating.change(" 7 ", seedDay())).hasValueSatisfying(event -> {
            assertThat(event.getAction()).isEqualTo(AdministrationAction.SETTING_CHANGED);
            assertThat(event.getSubject()).isEqualTo("BACKDATING_DAYS");
            assertThat(event.getFromValue()).isNull();
            assertThat(event.getToValue()).isEqualTo("7");
            assertThat(event.getUser()).isEqualTo("finance");
        });
        assertThat(backdating.asBackdatingAllowance()).isEqualTo(new BackdatingAllowance(7));

        assertThat(backdating.change("", seedDay())).hasValueSatisfying(event -> {
            assertThat(event.getFromValue()).isEqualTo("7");
            assertThat(event.getToValue()).isNull();
        });
        assertThat(backdating.asBackdatingAllowance()).isEqualTo(BackdatingAllowance.NONE);
    }

    @Test
    void settingTheValueItHasAlreadyKeepsNoEvent() {
        backdating.change("3", seedDay());

        assertThat(backdating.change("03", seedDay())).isEmpty();
    }

    @Test
    void aValueThatIsNotAWholeNumberOfDaysInBoundsIsRefusedAndChangesNothing() {
        backdating.change("3", seedDay());

        for (String bad : new String[] {"-1", "3651", "seven", "2.5"}) {
            assertThatThrownBy(() -> backdating.change(bad, seedDay()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).code()).isEqualTo("setting.daysOutOfRange"));
        }
        assertThat(backdating.getValue()).isEqualTo("3");
    }
}
