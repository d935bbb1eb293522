package id.lunas.web.platform.faces;

import id.lunas.domain.shared.DomainException;
import id.lunas.domain.shared.Message;
import jakarta.ejb.EJBAccessException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * How a screen asks a service to change something: the service decides (its roles, its rules), and
 * a refusal becomes messages on the form, each next to its field, instead of an error page. The
 * screens hide what a role may not do, but only the service's answer counts.
 */
public final class Actions {

    private Actions() {
    }

    /** Runs the change; true when the service took it. */
    public static boolean run(String formId, Runnable change) {
        return call(formId, FieldMessages::componentId, () -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** As {@link #run}, with the service's answer, for a page that names some fields its own way (rows of a table). */
    public static <T> Optional<T> call(String formId, UnaryOperator<String> componentIdOfField, Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (DomainException refusal) {
            FieldMessages.show(refusal, formId, componentIdOfField);
        } catch (RuntimeException failure) {
            if (!isAccessRefusal(failure)) {
                throw failure;
            }
            FieldMessages.refuse(Message.of("refused.role"));
        }
        return Optional.empty();
    }

    private static boolean isAccessRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }
}
