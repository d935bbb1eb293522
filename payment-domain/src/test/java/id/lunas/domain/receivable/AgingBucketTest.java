package id.lunas.domain.receivable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgingBucketTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);

    @Test
    void theDaysPastTheDueDateChooseTheColumnWithTheBoundariesInsideTheirOwnColumn() {
        assertThat(AgingBucket.of(AS_OF.plusDays(10), AS_OF)).isEqualTo(AgingBucket.NOT_DUE);
        assertThat(AgingBucket.of(AS_OF, AS_OF)).as("due today is not late").isEqualTo(AgingBucket.NOT_DUE);
        assertThat(AgingBucket.of(AS_OF.minusDays(1), AS_OF)).isEqualTo(AgingBucket.DAYS_1_30);
        assertThat(AgingBucket.of(AS_OF.minusDays(30), AS_OF)).isEqualTo(AgingBucket.DAYS_1_30);
        assertThat(AgingBucket.of(AS_OF.minusDays(31), AS_OF)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(AS_OF.minusDays(60), AS_OF)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(AS_OF.minusDays(61), AS_OF)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(AS_OF.minusDays(90), AS_OF)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(AS_OF.minusDays(91), AS_OF)).isEqualTo(AgingBucket.OVER_90);
        assertThat(AgingBucket.of(AS_OF.minusYears(3), AS_OF)).isEqualTo(AgingBucket.OVER_90);
    }

    @Test
    void eachColumnsDueDatesMeetTheNextWithoutGapOrOverlap() {
        assertThat(AgingBucket.NOT_DUE.earliestDueDate(AS_OF)).isEqualTo(AS_OF);
        assertThat(AgingBucket.NOT_DUE.latestDueDate(AS_OF)).isNull();
        assertThat(AgingBucket.DAYS_1_30.latestDueDate(AS_OF)).isEqualTo(AS_OF.minusDays(1));
        assertThat(AgingBucket.DAYS_1_30.earliestDueDate(AS_OF)).isEqualTo(AS_OF.minusDays(30));
        assertThat(AgingBucket.DAYS_31_60.latestDueDate(AS_OF)).isEqualTo(AS_OF.minusDays(31));
        assertThat(AgingBucket.OVER_90.latestDueDate(AS_OF)).isEqualTo(AS_OF.minusDays(91));
        assertThat(AgingBucket.OVER_90.earliestDueDate(AS_OF)).isNull();
    }
}
