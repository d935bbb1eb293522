package id.lunas.service.giro;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the overdue-giro scan and records the run: started, finished, what it found, or its error.
 * New overdue giros are announced after the scan committed, asynchronously, so a slow webhook
 * never holds the scan.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GiroScanService {

    private static final Logger LOG = Logger.getLogger(GiroScanService.class.getName());

    @Inject
    GiroScanLedger ledger;

    @Inject
    GiroScanWorker worker;

    @Inject
    GiroSettings settings;

    @Inject
    BusinessClock clock;

    @Inject
    Changes changes;

    @Inject
    Event<OverdueGirosFlagged> flagged;

    /** A finance admin asks for a scan now. */
    public GiroScanView runNow() {
        return run(ScanTrigger.MANUAL, changes.current().user());
    }

    public GiroScanView run(ScanTrigger trigger, String triggeredBy) {
        LocalDate today = clock.today();
        long id = ledger.start(today, trigger, triggeredBy, clock.now());
        try {
            ScanCounts counts = worker.scan(today, settings.watch(), trigger, clock.now());
            ledger.finish(id, counts, clock.now());
            if (counts.newlyFlagged() > 0) {
                flagged.fireAsync(new OverdueGirosFlagged(today, counts.newlyFlagged(), counts.flaggedAmount(),
                        counts.flaggedNumbers(), counts.expiring(), counts.expired()));
            }
            LOG.info(() -> "Giro scan " + id + " (" + trigger + ") " + counts.outcome() + ": " + counts.newlyFlagged()
                    + " newly overdue, " + counts.expiring() + " expiring, " + counts.expired() + " expired, "
                    + counts.statements() + " SQL statements");
        } catch (EJBException | IllegalStateException failure) {
            LOG.log(Level.SEVERE, "Giro scan " + id + " failed", failure);
            ledger.fail(id, rootMessage(failure), clock.now());
        }
        return ledger.find(id);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
