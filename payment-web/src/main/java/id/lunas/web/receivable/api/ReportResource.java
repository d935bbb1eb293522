package id.lunas.web.receivable.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.service.audit.BackdatedPayment;
import id.lunas.service.audit.BackdatedPaymentQueries;
import id.lunas.service.collection.CollectorPaidQuery;
import id.lunas.service.collection.CollectorPaidReport;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.service.receivable.ArAging;
import id.lunas.service.receivable.ArAgingQuery;
import id.lunas.web.platform.api.Fields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reports")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Figures for accounting")
public class ReportResource {

    /** Without {@code minDays}: payments dated a week or more before their entry. */
    static final int DEFAULT_MIN_DAYS = 7;

    @Inject
    ArAgingQuery aging;

    @Inject
    BackdatedPaymentQueries backdated;

    @Inject
    CollectorPaidQuery collectorPaid;

    @GET
    @Path("collector-payments")
    @Operation(operationId = "getCollectorPaymentsReport",
            summary = "A/R paid by collector over a period: per collector what their handovers received, by method, "
            + "with the cash shortages and surpluses")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(ref = "CollectorPaidReport")))
    public CollectorPaidReport collectorPayments(
            @Parameter(description = "First handover day (yyyy-MM-dd), the first of the month of to when absent")
            @QueryParam("from") String from,
            @Parameter(description = "Last handover day (yyyy-MM-dd), today when absent") @QueryParam("to") String to) {
        Fields fields = new Fields();
        var start = fields.date("from", from);
        var end = fields.date("to", to);
        fields.check();
        return collectorPaid.between(start, end);
    }

    @GET
    @Path("ar-aging")
    @Operation(operationId = "getArAging",
            summary = "Receivables aging on a day: per customer what is still owed by days past due, and apart "
            + "from it the money still clearing")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The aging",
            content = @Content(schema = @Schema(ref = "ArAging")))
    public ArAging arAging(@Parameter(description = "The day (yyyy-MM-dd), today when absent")
                           @QueryParam("date") String date) {
        Fields fields = new Fields();
        var day = fields.date("date", date);
        fields.check();
        return aging.on(day);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME})
    @GET
    @Path("backdating")
    @Operation(operationId = "getBackdatingReport",
            summary = "Payments dated minDays or more before they were entered, the furthest back first, with who "
            + "entered them and the reason given")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "A page of backdated payments",
            content = @Content(schema = @Schema(ref = "BackdatedPaymentPage")))
    public Response backdating(@Parameter(description = "Days between payment date and entry, at least; 7 when absent")
                               @QueryParam("minDays") String minDays,
                               @Parameter(description = "Only the payments this user entered")
                               @QueryParam("enteredBy") String enteredBy,
                               @Parameter(ref = "page") @QueryParam("page") String page,
                               @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        Integer days = fields.integer("minDays", minDays);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        Page<BackdatedPayment> found = backdated.list(days == null ? DEFAULT_MIN_DAYS : days, enteredBy,
                PageRequest.of(pageIndex, pageSize));
        return Response.ok(found).build();
    }
}
