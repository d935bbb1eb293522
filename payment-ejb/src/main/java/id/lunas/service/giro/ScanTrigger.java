package id.lunas.service.giro;

/** Why a scan ran. Scheduled and catch-up scans run once per business day; manual ones whenever asked. */
public enum ScanTrigger {
    SCHEDULE, CATCH_UP, MANUAL;

    boolean oncePerDay() {
        return this != MANUAL;
    }
}
