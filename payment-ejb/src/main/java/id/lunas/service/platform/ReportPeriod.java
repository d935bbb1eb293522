package id.lunas.service.platform;

import id.lunas.domain.shared.InvalidInputException;
import java.time.LocalDate;

/** The period a report covers: to today and from the first of its month unless the reader chose. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "period.endBeforeStart", end, start);
        }
        return new ReportPeriod(start, end);
    }
}
