package id.lunas.domain.giro;

import id.lunas.domain.shared.DateRange;
import id.lunas.domain.shared.FieldLabel;
import id.lunas.domain.shared.InvalidInputException;
import java.time.LocalDate;

/**
 * A giro sheet as someone typed it in, before {@link Giro#of} has checked it. {@code drawerAccount}
 * is the account the giro is drawn on: optional (older sheets were recorded without it), and what
 * rejections are counted by besides the customer.
 */
public record GiroDetails(String number, String drawerBank, String drawerName, String drawerAccount,
                          LocalDate issueDate, LocalDate effectiveDate) {

    /** A sheet recorded without its drawer's account. */
    public GiroDetails(String number, String drawerBank, String drawerName, LocalDate issueDate,
                       LocalDate effectiveDate) {
        this(number, drawerBank, drawerName, null, issueDate, effectiveDate);
    }

    /** Refuses a sheet without its drawer's account when the company requires one on new giros. */
    public GiroDetails requireDrawerAccountIf(boolean required) {
        if (required && (drawerAccount == null || drawerAccount.isBlank())) {
            throw new InvalidInputException("giro.drawerAccount", "required", FieldLabel.of("giro.drawerAccount"));
        }
        return this;
    }

    public Giro checked(DateRange dates) {
        return Giro.of(number, drawerBank, drawerName, drawerAccount, issueDate, effectiveDate, dates);
    }
}
