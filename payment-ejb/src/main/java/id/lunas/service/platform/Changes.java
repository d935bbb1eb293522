package id.lunas.service.platform;

import id.lunas.domain.books.BooksClosing;
import id.lunas.domain.setting.Setting;
import id.lunas.domain.setting.SettingName;
import id.lunas.domain.shared.BackdatingAllowance;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.ClosedBooks;
import id.lunas.domain.shared.DateRange;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the {@link ChangeContext} of the current call: the caller's name, the business clock, the
 * business dates Lunas accepts ({@code lunas.dates.earliest} to {@code lunas.dates.latest}) and the
 * books as closed at month-end, and the backdating allowance.
 */
@ApplicationScoped
public class Changes {

    static final String UNAUTHENTICATED = "anonymous";

    @Inject
    Principal principal;

    @Inject
    BusinessClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "lunas.dates.earliest", defaultValue = "2000-01-01")
    String earliest;

    @Inject
    @ConfigProperty(name = "lunas.dates.latest", defaultValue = "2099-12-31")
    String latest;

    private DateRange dates;

    @PostConstruct
    void init() {
        dates = new DateRange(LocalDate.parse(earliest.strip()), LocalDate.parse(latest.strip()));
    }

    public ChangeContext current() {
        return new ChangeContext(callerName(), clock.now(), clock.today(), dates, books(), backdating());
    }

    public ChangeContext system(String process) {
        return new ChangeContext(process, clock.now(), clock.today(), dates, books(), backdating());
    }

    /** The books as closed now: one row, read through EclipseLink's shared cache. */
    private ClosedBooks books() {
        BooksClosing closing = em.find(BooksClosing.class, BooksClosing.THE_BOOKS);
        return closing == null ? ClosedBooks.NONE : closing.books();
    }

    private BackdatingAllowance backdating() {
        Setting days = em.find(Setting.class, SettingName.BACKDATING_DAYS);
        return days == null ? BackdatingAllowance.NONE : days.asBackdatingAllowance();
    }

    public DateRange dates() {
        return dates;
    }

    private String callerName() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? UNAUTHENTICATED : name;
    }
}
