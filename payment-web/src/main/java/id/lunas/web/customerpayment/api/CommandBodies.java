package id.lunas.web.customerpayment.api;

/** The small JSON bodies of the payment commands. */
public final class CommandBodies {

    private CommandBodies() {
    }

    public record Resolve(String resolvedDate) {
    }

    public record Cancel(String reason) {
    }

    public record Reject(String rejectedDate, String reasonCode, String note) {
    }
}
