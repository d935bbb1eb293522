package id.lunas.service.giro;

/**
 * The giros that need someone now: flagged overdue, and expiring or already expired. A giro can be
 * both, so {@code total} counts giros, not reasons.
 */
public record GiroAttention(long overdue, long expiring, long total) {
}
