package id.lunas.domain.giro;

import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    @Column(name = "giro_issue_date")
    private LocalDate issueDate;

    @Column(name = "giro_effective_date")
    private LocalDate effectiveDate;

    protected Giro() {
    }

    /** Checks every field at once so the admin sees all that is wrong with the giro in one go. */
    public static Giro of(String number, String drawerBank, String drawerName, LocalDate issueDate,
                          LocalDate effectiveDate) {
        List<FieldError> errors = new ArrayList<>();
        if (number == null || number.isBlank()) {
            errors.add(new FieldError("giro.number", "Giro number is required"));
        } else if (number.strip().length() > 50) {
            errors.add(new FieldError("giro.number", "Giro number is longer than 50 characters"));
        }
        if (drawerBank == null || drawerBank.isBlank()) {
            errors.add(new FieldError("giro.drawerBank", "Drawer bank is required"));
        } else if (drawerBank.strip().length() > 100) {
            errors.add(new FieldError("giro.drawerBank", "Drawer bank is longer than 100 characters"));
        }
        if (drawerName != null && drawerName.strip().length() > 200) {
            errors.add(new FieldError("giro.drawerName", "Drawer name is longer than 200 characters"));
        }
        if (issueDate == null) {
            errors.add(new FieldError("giro.issueDate", "Giro issue date is required"));
        }
        if (effectiveDate == null) {
            errors.add(new FieldError("giro.effectiveDate", "Giro effective date is required"));
        }
        if (issueDate != null && effectiveDate != null) {
            if (effectiveDate.isBefore(issueDate)) {
                errors.add(new FieldError("giro.effectiveDate", "Effective date " + effectiveDate
                        + " is before the issue date " + issueDate));
            } else if (effectiveDate.isAfter(issueDate.plusDays(PRESENTATION_WINDOW_DAYS))) {
                errors.add(new FieldError("giro.effectiveDate", "Effective date " + effectiveDate
                        + " is outside the 70-day window that starts on the issue date " + issueDate
                        + " (last day " + issueDate.plusDays(PRESENTATION_WINDOW_DAYS) + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Giro giro = new Giro();
        giro.number = number.strip();
        giro.drawerBank = drawerBank.strip();
        giro.drawerName = drawerName == null || drawerName.isBlank() ? null : drawerName.strip();
        giro.issueDate = issueDate;
        giro.effectiveDate = effectiveDate;
        return giro;
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
