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
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the {@link ChangeContext} of the current call: the caller's name, the business clock, the
 * business dates Lunas accepts ({@code lunas.dates.earliest} to {@code lunas.dates.latest}) and the
 * books as closed at month-end (see {@link LockingClosedBooks}), and the backdating allowance.
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

    @Inject
    DatabaseMigration migration;

    private DateRange dates;
    private volatile String sharedLock;

    @PostConstruct
    void init() {
        dates = new DateRange(LocalDate.parse(earliest.strip()), LocalDate.parse(latest.strip()));
    }

    public ChangeContext current() {
        return context(callerName());
    }

    public ChangeContext system(String process) {
        return context(process);
    }

    private ChangeContext context(String user) {
        LocalDate today = clock.today();
        return new ChangeContext(user, clock.now(), today, dates,
                new LockingClosedBooks(cachedBooks(), today, this::closedThroughLocked), backdating());
    }

    /** The books as closed now: one row, read through EclipseLink's shared cache. */
    private ClosedBooks cachedBooks() {
        BooksClosing closing = em.find(BooksClosing.class, BooksClosing.THE_BOOKS);
        return closing == null ? ClosedBooks.NONE : closing.books();
    }

    /** The committed closing date, read under a shared lock that a closing's exclusive one waits for. */
    private LocalDate closedThroughLocked() {
        if (sharedLock == null) {
            // H2 has no shared row lock in its grammar; its exclusive one serialises the same way
            sharedLock = migration.isEmbedded() ? " FOR UPDATE" : " LOCK IN SHARE MODE";
        }
        List<?> rows = em.createNativeQuery("SELECT closed_through FROM books_closing WHERE id = ?1" + sharedLock)
                .setParameter(1, BooksClosing.THE_BOOKS)
                .getResultList();
        Object date = rows.isEmpty() ? null : rows.get(0);
        return date instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) date;
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
