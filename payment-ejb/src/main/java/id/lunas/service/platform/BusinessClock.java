package id.lunas.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now" and "today". Business dates are calendar days in the company's time zone
 * (Asia/Jakarta unless {@code lunas.zone} says otherwise); tests move the clock with {@link #use(Clock)}.
 */
@ApplicationScoped
public class BusinessClock {

    @Inject
    @ConfigProperty(name = "lunas.zone", defaultValue = "Asia/Jakarta")
    String zone;

    private volatile Clock clock;

    @PostConstruct
    void init() {
        clock = Clock.system(ZoneId.of(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public void use(Clock newClock) {
        clock = newClock;
    }
}
