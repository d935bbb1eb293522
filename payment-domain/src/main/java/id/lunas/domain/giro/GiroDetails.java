package id.lunas.domain.giro;

import id.lunas.domain.shared.DateRange;
import java.time.LocalDate;

/** A giro sheet as someone typed it in, before {@link Giro#of} has checked it. */
public record GiroDetails(String number, String drawerBank, String drawerName, LocalDate issueDate,
                          LocalDate effectiveDate) {

    public Giro checked(DateRange dates) {
        return Giro.of(number, drawerBank, drawerName, issueDate, effectiveDate, dates);
    }
}
