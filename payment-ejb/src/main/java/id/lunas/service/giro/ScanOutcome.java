package id.lunas.service.giro;

public enum ScanOutcome {
    RUNNING,
    COMPLETED,
    /** Another server (or an earlier start) already scanned this business day. */
    SKIPPED,
    FAILED
}
