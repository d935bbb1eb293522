package id.lunas.web.platform.api;

import id.lunas.domain.shared.DomainException;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.domain.shared.StaleVersionException;
import id.lunas.service.platform.DuplicateException;
import jakarta.ws.rs.core.Response;

/** Turns the domain's refusals into problem responses; the one place that decides their HTTP status. */
public final class Problems {

    private Problems() {
    }

    public static Response of(DomainException e) {
        Problem problem;
        if (e instanceof InvalidInputException) {
            problem = Problem.of(400, "invalid-input", "The request has invalid fields", e.getMessage(), e.errors());
        } else if (e instanceof NotFoundException) {
            problem = Problem.of(404, "not-found", "Not found", e.getMessage(), e.errors());
        } else if (e instanceof StaleVersionException) {
            problem = Problem.of(412, "stale-version", "Changed by someone else", e.getMessage(), e.errors());
        } else if (e instanceof DuplicateException) {
            problem = Problem.of(409, "duplicate", "Already exists", e.getMessage(), e.errors());
        } else {
            problem = Problem.of(409, "rule-violated", "Refused by a business rule", e.getMessage(), e.errors());
        }
        return response(problem);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
