package id.lunas.domain.giro;

import id.lunas.domain.shared.DateRange;
import id.lunas.domain.shared.FieldChecks;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A bilyet giro (PBI No. 18/41/PBI/2016): a post-dated transfer order that may be presented from
 * its effective date until the end of the 70-day window that starts on its issue date, and is
 * void ("hangus") after that.
 */
@Embeddable
public class Giro {

    public static final int PRESENTATION_WINDOW_DAYS = 70;

    @Column(name = "giro_number", length = 50)
    private String number;

    @Column(name = "giro_drawer_bank", length = 100)
    private String drawerBank;

    @Column(name = "giro_drawer_name", length = 200)
    private String drawerName;

    /** Digits only, so "123-456.7" and "1234567" are one account when rejections are counted. */
    @Column(name = "giro_drawer_account", length = 30)
    private String drawerAccount;

    /** The number as statements are matched against it ({@link GiroNumbers#normalise}), indexed. */
    @Column(name = "giro_match_key", length = 50)
    private String matchKey;

    @Column(name = "giro_issue_date")
    private LocalDate issueDate;

    @Column(name = "giro_effective_date")
    private LocalDate effectiveDate;

    protected Giro() {
    }

    /** A giro recorded without its drawer's account. */
    public static Giro of(String number, String drawerBank, String drawerName, LocalDate issueDate,
                          LocalDate effectiveDate, DateRange dates) {
        return of(number, drawerBank, drawerName, null, issueDate, effectiveDate, dates);
    }

    /** Checks every field at once so the admin sees all that is wrong with the giro in one go. */
    public static Giro of(String number, String drawerBank, String drawerName, String drawerAccount,
                          LocalDate issueDate, LocalDate effectiveDate, DateRange dates) {
        FieldChecks checks = new FieldChecks();
        String checkedAccount = checks.check(() -> account(drawerAccount));
        String checkedNumber = checks.check(() -> Texts.required("giro.number", number, 50));
        String checkedBank = checks.check(() -> Texts.required("giro.drawerBank", drawerBank, 100));
        String checkedName = checks.check(() -> Texts.optional("giro.drawerName", drawerName, 200));
        LocalDate issued = checks.check(() -> dates.check("giro.issueDate", Texts.present("giro.issueDate", issueDate)));
        LocalDate effective = checks.check(() -> dates.check("giro.effectiveDate",
                Texts.present("giro.effectiveDate", effectiveDate)));
        if (issued != null && effective != null) {
            if (effective.isBefore(issued)) {
                checks.add(new FieldError("giro.effectiveDate", "giro.effectiveBeforeIssue", effective, issued));
            } else if (effective.isAfter(issued.plusDays(PRESENTATION_WINDOW_DAYS))) {
                checks.add(new FieldError("giro.effectiveDate", "giro.effectiveOutsideWindow", effective, issued,
                        issued.plusDays(PRESENTATION_WINDOW_DAYS)));
            }
        }
        checks.refuseIfAny();
        Giro giro = new Giro();
        giro.number = checkedNumber;
        String key = GiroNumbers.normalise(checkedNumber);
        giro.matchKey = key.isEmpty() ? null : key;
        giro.drawerBank = checkedBank;
        giro.drawerName = checkedName;
        giro.drawerAccount = checkedAccount;
        giro.issueDate = issued;
        giro.effectiveDate = effective;
        return giro;
    }

    /** The account number as its digits, or nothing; separators people type are dropped. */
    public static String account(String typed) {
        String text = Texts.optional("giro.drawerAccount", typed, 40);
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[\\s.\\-/]", "");
        if (!digits.matches("\\d{4,30}")) {
            throw new InvalidInputException("giro.drawerAccount", "giro.drawerAccountDigits", text);
        }
        return digits;
    }

    /** The last day the giro can be presented; after it the giro is void and can no longer clear. */
    public LocalDate lastPresentationDate() {
        return issueDate.plusDays(PRESENTATION_WINDOW_DAYS);
    }

    public boolean isExpiredOn(LocalDate day) {
        return day.isAfter(lastPresentationDate());
    }

    /**
     * Identifies the physical giro across payments: the same sheet from the same bank must not
     * be counted twice. Case and spacing are ignored because admins type them differently.
     */
    public String identity() {
        return (drawerBank.replaceAll("\\s+", "") + "|" + number.replaceAll("\\s+", "")).toUpperCase(Locale.ROOT);
    }

    public String getNumber() {
        return number;
    }

    public String getDrawerBank() {
        return drawerBank;
    }

    public String getDrawerAccount() {
        return drawerAccount;
    }

    public String getDrawerName() {
        return drawerName;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }
}
