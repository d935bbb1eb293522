package id.lunas.web.giro.faces;

import id.lunas.service.giro.OverdueGirosFlagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** Brings the scan's news to the back office: the latest time a scan flagged new overdue giros. */
@ApplicationScoped
public class GiroNotices {

    private final AtomicReference<Instant> latest = new AtomicReference<>(Instant.EPOCH);

    void newlyOverdue(@ObservesAsync OverdueGirosFlagged event) {
        latest.set(Instant.now());
    }

    public boolean newerThan(Instant seen) {
        return latest.get().isAfter(seen);
    }
}
