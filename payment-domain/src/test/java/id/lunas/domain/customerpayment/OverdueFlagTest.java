package id.lunas.domain.customerpayment;

import static id.lunas.domain.Fixtures.CLEARS_ON;
import static id.lunas.domain.Fixtures.cashDraft;
import static id.lunas.domain.Fixtures.miniMarket;
import static id.lunas.domain.Fixtures.on;
import static id.lunas.domain.Fixtures.seedDay;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.Fixtures;
import id.lunas.domain.giro.GiroWatch;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OverdueFlagTest {

    private final GiroWatch watch = new GiroWatch(3, 7);

    @Test
    void anActiveGiroIsFlaggedFromTheDayAfterItsGracePeriodWithOneHistoryLine() {
        CustomerPayment giro = Fixtures.seedGiroPayment();

        assertThat(giro.flagOverdue(watch, on(CLEARS_ON.plusDays(3)))).as("D+3 is still within the grace").isFalse();
        assertThat(giro.flagOverdue(watch, on(CLEARS_ON.plusDays(4)))).isTrue();

        assertThat(giro.isOverdue()).isTrue();
        assertThat(giro.getOverdueSince()).isEqualTo(CLEARS_ON.plusDays(4));
        assertThat(giro.getStatus()).isEqualTo(PaymentStatus.ACTIVE);
        assertThat(giro.getEvents()).last().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(PaymentAction.FLAGGED_OVERDUE);
            assertThat(event.getDetail().in(Locale.ENGLISH))
                    .isEqualTo("Not cleared within 3 days after its effective date");
        });
    }

    @Test
    void aGiroIsFlaggedOnceAndNeverWhenItIsNotAnActiveGiro() {
        CustomerPayment giro = Fixtures.seedGiroPayment();
        giro.flagOverdue(watch, on(CLEARS_ON.plusDays(10)));

        assertThat(giro.flagOverdue(watch, on(CLEARS_ON.plusDays(11)))).isFalse();
        assertThat(giro.getEvents()).filteredOn(e -> e.getAction() == PaymentAction.FLAGGED_OVERDUE).hasSize(1);

        CustomerPayment cash = Fixtures.recorded("PR-9", cashDraft(miniMarket(), "10"), seedDay());
        assertThat(cash.flagOverdue(watch, on(CLEARS_ON.plusDays(30)))).isFalse();
    }

    @Test
    void resolvingClearsTheFlag() {
        CustomerPayment giro = Fixtures.seedGiroPayment();
        giro.flagOverdue(watch, on(CLEARS_ON.plusDays(5)));

        giro.resolve(CLEARS_ON.plusDays(5), on(CLEARS_ON.plusDays(5)));

        assertThat(giro.isOverdue()).isFalse();
        assertThat(giro.getOverdueSince()).isNull();
    }
}
