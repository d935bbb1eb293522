package id.lunas.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.shared.ClosedBooks;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LockingClosedBooksTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 9, 1);

    private final AtomicInteger lockedReads = new AtomicInteger();

    private LockingClosedBooks books(LocalDate cached, LocalDate committed) {
        return new LockingClosedBooks(ClosedBooks.through(cached), TODAY, () -> {
            lockedReads.incrementAndGet();
            return committed;
        });
    }

    @Test
    void aChangeDatedTodayIsJudgedByTheCachedDateWithoutALock() {
        LockingClosedBooks books = books(null, TODAY.minusDays(1));

        assertThat(books.isClosed(TODAY)).isFalse();
        assertThat(lockedReads).hasValue(0);
    }

    @Test
    void aChangeDatedBeforeTodayIsJudgedByTheCommittedDateReadOncePerChange() {
        LockingClosedBooks books = books(null, LocalDate.of(2023, 8, 31));

        assertThat(books.isClosed(LocalDate.of(2023, 8, 31))).isTrue();
        assertThat(books.refusal("resolvedDate", LocalDate.of(2023, 8, 25))).hasValueSatisfying(
                refused -> assertThat(refused.message().arguments()).containsExactly(LocalDate.of(2023, 8, 25),
                        LocalDate.of(2023, 8, 31)));
        assertThat(books.isClosed(LocalDate.of(2023, 9, 1))).isFalse();
        assertThat(lockedReads).hasValue(1);
    }

    @Test
    void aReopenedMonthIsOpenEvenWhileTheCacheStillSaysClosed() {
        LockingClosedBooks books = books(LocalDate.of(2023, 8, 31), LocalDate.of(2023, 7, 31));

        assertThat(books.isClosed(LocalDate.of(2023, 8, 15))).isFalse();
        assertThat(books.isClosed(LocalDate.of(2023, 7, 31))).isTrue();
    }
}
