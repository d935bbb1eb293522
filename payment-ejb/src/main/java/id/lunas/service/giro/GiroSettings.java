package id.lunas.service.giro;

import id.lunas.domain.giro.GiroWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The giro follow-up settings: grace and warning periods, when the daily scan runs, where to notify. */
@ApplicationScoped
public class GiroSettings {

    @Inject
    @ConfigProperty(name = "lunas.giro.grace-days", defaultValue = "3")
    int graceDays;

    @Inject
    @ConfigProperty(name = "lunas.giro.expiry-warning-days", defaultValue = "7")
    int warningDays;

    @Inject
    @ConfigProperty(name = "lunas.giro.scan-time", defaultValue = "00:15")
    String scanTime;

    public GiroWatch watch() {
        return new GiroWatch(graceDays, warningDays);
    }

    /** The time of day (company time zone) of the daily scan, e.g. 00:15. */
    public LocalTime scanTime() {
        try {
            return LocalTime.parse(scanTime.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("lunas.giro.scan-time must be a time of day like 00:15, not '" + scanTime
                    + "'", e);
        }
    }
}
