package id.lunas.web.platform.api;

import id.lunas.domain.shared.DomainException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a domain refusal: unreadable bodies are the client's fault (400); a
 * unique key or lock that another request won is a lost race (409); JAX-RS' own errors keep their
 * status; anything else is ours (500), logged with an id the answer quotes, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Problems.of(domain);
            }
            if (cause instanceof JsonbException || cause instanceof ProcessingException) {
                return Problems.response(Problem.of(400, "malformed-body", "The request body cannot be read",
                        "The body is not valid JSON of the expected shape: " + rootMessage(cause), null));
            }
            if (cause instanceof SQLIntegrityConstraintViolationException || isUniqueViolation(cause)) {
                return Problems.response(Problem.of(409, "conflict", "Conflicts with another change",
                        "Another request recorded the same thing at the same moment; reload and check before retrying",
                        null));
            }
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof SQLTransactionRollbackException) {
                return Problems.response(Problem.of(409, "conflict", "Conflicts with another change",
                        "Someone else changed this record at the same moment; reload it and try again", null));
            }
        }
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status == 403) {
                return Problems.response(Problem.of(403, "forbidden", "Not allowed",
                        "Your roles do not allow this action", null));
            }
            return Problems.response(Problem.of(status, "http-" + status,
                    Response.Status.fromStatusCode(status) == null ? "Error"
                            : Response.Status.fromStatusCode(status).getReasonPhrase(),
                    web.getMessage(), null));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return Problems.response(Problem.of(500, "internal-error", "Internal error",
                "Lunas could not complete the request (incident " + incident + "); nothing was changed", null));
    }

    /** H2 reports a unique violation as a plain SQLException with state 23505. */
    private static boolean isUniqueViolation(Throwable cause) {
        return cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("23");
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
