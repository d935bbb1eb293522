package id.lunas.web.customerpayment.api;

import java.util.List;

/** The small JSON bodies of the payment commands. */
public final class CommandBodies {

    private CommandBodies() {
    }

    public record Resolve(String resolvedDate) {
    }

    /** Bulk resolve: the payments (numbers) that cleared, all on the one date. */
    public record ResolveMany(String resolvedDate, List<String> payments) {
    }

    public record Cancel(String reason) {
    }

    public record Reject(String rejectedDate, String reasonCode, String note) {
    }
}
