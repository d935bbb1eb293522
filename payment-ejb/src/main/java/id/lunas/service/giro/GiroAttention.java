package id.lunas.service.giro;

/** The giros that need someone now: flagged overdue, and expiring or already expired. */
public record GiroAttention(long overdue, long expiring) {

    public long total() {
        return overdue + expiring;
    }
}
