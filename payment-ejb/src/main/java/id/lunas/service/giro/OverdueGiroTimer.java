package id.lunas.service.giro;

import id.lunas.service.platform.AsSystem;
import id.lunas.service.platform.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Flags overdue giros every day at {@code lunas.giro.scan-time} in the company's time zone, and
 * once while the application starts, to catch up on a day the server was down. The catch-up runs
 * before the application takes requests, so it never changes a payment under a user's hands.
 *
 * <p>The timers are not persistent on purpose: they are rebuilt from configuration at every start,
 * so a new scan time needs no rebuild and no stale timer survives a redeploy (payara/Payara#4650).
 * On a cluster each server's timer fires, and the scan's lock row plus its once-per-day rule let
 * exactly one of them flag.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueGiroTimer {

    private static final Logger LOG = Logger.getLogger(OverdueGiroTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    GiroSettings settings;

    @Inject
    GiroScanService scans;

    @Inject
    BusinessClock clock;

    @Inject
    AsSystem asSystem;

    @PostConstruct
    void schedule() {
        LocalTime at = settings.scanTime();
        String zone = clock.zone().getId();
        ScheduleExpression daily = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(zone);
        timers.createCalendarTimer(daily, new TimerConfig(ScanTrigger.SCHEDULE, false));
        LOG.info(() -> "Overdue giro scan scheduled daily at " + at + " " + zone);
        try {
            asSystem.run(() -> scans.run(ScanTrigger.CATCH_UP, "start-up"));
        } catch (RuntimeException e) {
            // Lunas must start even when the catch-up cannot run; the daily scan or a manual one follows.
            LOG.log(Level.SEVERE, "The start-up giro scan failed", e);
        }
    }

    @Timeout
    void fire(Timer timer) {
        asSystem.run(() -> scans.run((ScanTrigger) timer.getInfo(), "timer"));
    }
}
