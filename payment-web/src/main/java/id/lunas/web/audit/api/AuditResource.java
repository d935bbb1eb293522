package id.lunas.web.audit.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.service.audit.AuditEntry;
import id.lunas.service.audit.EventFilter;
import id.lunas.service.audit.PaymentEventQueries;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.platform.api.Fields;
import id.lunas.web.platform.api.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/payment-events")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every payment's events in one list, for the auditor")
public class AuditResource {

    @Inject
    PaymentEventQueries events;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listPaymentEvents",
            summary = "Every payment's events, newest first, by user, action, business days and customer")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "A page of events",
            content = @Content(schema = @Schema(ref = "PaymentEventPage")))
    public Response list(@QueryParam("user") String user,
                         @Parameter(description = "RECORDED, RESOLVED, GIRO_REJECTED, DEPOSITED, ...")
                         @QueryParam("action") String action,
                         @Parameter(ref = "from") @QueryParam("from") String from,
                         @Parameter(ref = "to") @QueryParam("to") String to,
                         @QueryParam("customerCode") String customerCode,
                         @Parameter(ref = "page") @QueryParam("page") String page,
                         @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        EventFilter filter = new EventFilter(user, fields.choice("action", PaymentAction.class, action),
                fields.date("from", from), fields.date("to", to), customerCode);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        Page<AuditEntry> found = events.list(filter, PageRequest.of(pageIndex, pageSize));
        Locale language = Problems.languageOf(headers);
        // a Response, not Page<AuditLine>: Payara would publish a second, weaker schema for the record
        return Response.ok(found.map(e -> AuditLine.of(e, language))).build();
    }
}
