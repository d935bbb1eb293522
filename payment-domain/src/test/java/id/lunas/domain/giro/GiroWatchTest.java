package id.lunas.domain.giro;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.giro.GiroWatch.WindowState;
import id.lunas.domain.shared.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GiroWatchTest {

    private static final LocalDate ISSUED = LocalDate.of(2023, 8, 21);
    private static final LocalDate EFFECTIVE = LocalDate.of(2023, 8, 22);
    private final GiroWatch watch = new GiroWatch(3, 7);
    private final Giro giro = Giro.of("BG-1", "BCA", null, ISSUED, EFFECTIVE, DateRange.DEFAULT);

    @Test
    void aGiroIsNotOverdueOnTheLastDayOfItsGracePeriodButIsTheDayAfter() {
        assertThat(watch.isOverdue(giro, EFFECTIVE.plusDays(3))).isFalse();
        assertThat(watch.isOverdue(giro, EFFECTIVE.plusDays(4))).isTrue();
        assertThat(watch.overdueSince(EFFECTIVE)).isEqualTo(EFFECTIVE.plusDays(4));
        assertThat(watch.daysOverdue(EFFECTIVE.plusDays(4), EFFECTIVE.plusDays(4))).isEqualTo(1);
        assertThat(watch.daysOverdue(EFFECTIVE.plusDays(4), EFFECTIVE.plusDays(10))).isEqualTo(7);
    }

    @Test
    void theGracePeriodIsASetting() {
        assertThat(new GiroWatch(0, 7).isOverdue(giro, EFFECTIVE.plusDays(1))).isTrue();
        assertThat(new GiroWatch(10, 7).isOverdue(giro, EFFECTIVE.plusDays(10))).isFalse();
    }

    @Test
    void aGiroIsExpiringWhenItsWindowEndsWithinTheWarningPeriod() {
        LocalDate lastDay = ISSUED.plusDays(70);
        assertThat(watch.windowState(giro, lastDay.minusDays(8))).isEqualTo(WindowState.OPEN);
        assertThat(watch.windowState(giro, lastDay.minusDays(7))).isEqualTo(WindowState.EXPIRING);
        assertThat(watch.windowState(giro, lastDay)).isEqualTo(WindowState.EXPIRING);
        assertThat(watch.windowState(giro, lastDay.plusDays(1))).isEqualTo(WindowState.EXPIRED);
    }

    @Test
    void theCutOffsAgreeWithTheStates() {
        LocalDate today = LocalDate.of(2023, 10, 25);
        assertThat(watch.expiringIfIssuedOnOrBefore(today)).isEqualTo(LocalDate.of(2023, 8, 23));
        assertThat(watch.expiredIfIssuedBefore(today)).isEqualTo(LocalDate.of(2023, 8, 16));
        assertThat(watch.overdueIfEffectiveBefore(today)).isEqualTo(LocalDate.of(2023, 10, 22));
    }
}
