package id.lunas.web.customerpayment.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentDetails;
import id.lunas.service.customerpayment.PaymentFilter;
import id.lunas.service.customerpayment.PaymentQueries;
import id.lunas.service.customerpayment.PaymentSort;
import id.lunas.service.customerpayment.PaymentSummary;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.customerpayment.receipt.PaymentReceipt;
import id.lunas.web.platform.api.Fields;
import id.lunas.web.platform.api.PdfAnswers;
import id.lunas.web.platform.api.Problems;
import id.lunas.web.platform.api.Preferences;
import id.lunas.web.platform.api.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/payments")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Customer payments and their lifecycle")
public class PaymentResource {

    @Inject
    CustomerPaymentService payments;

    @Inject
    PaymentQueries queries;

    @Inject
    PaymentReceipt receipts;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;


    @GET
    @Operation(operationId = "listPayments",
            summary = "List payments, one page at a time, newest first unless sort says otherwise")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "A page of payments",
            content = @Content(schema = @Schema(ref = "PaymentPage")))
    public Page<PaymentSummary> list(
            @Parameter(schema = @Schema(ref = "PaymentStatus")) @QueryParam("status") String status,
            @Parameter(schema = @Schema(ref = "PaymentMethod")) @QueryParam("method") String method,
            @QueryParam("customerCode") String customerCode,
            @Parameter(ref = "from") @QueryParam("from") String from,
            @Parameter(ref = "to") @QueryParam("to") String to,
            @Parameter(description = "One search box: PR number with or without PR-, giro number, drawer bank, "
                    + "customer code or name, or an exact amount (30878568.81, 30,878,568.81 or 30.878.568,81)")
            @QueryParam("q") String text,
            @Parameter(ref = "overdue") @QueryParam("overdue") String overdue,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size,
            @Parameter(description = "field[,asc|desc]: paymentDate, number, amount, customer, status, method, "
                    + "resolvedDate") @QueryParam("sort") String sort) {
        Fields fields = new Fields();
        PaymentFilter filter = new PaymentFilter(fields.choice("status", PaymentStatus.class, status),
                fields.choice("method", PaymentMethod.class, method), customerCode, fields.date("from", from),
                fields.date("to", to), text, fields.bool("overdue", overdue));
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        return queries.list(filter, PaymentSort.parse(sort), PageRequest.of(pageIndex, pageSize));
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getPayment",
            summary = "One payment with its allocations, giro and rejection; the ETag is its version")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(schema = @Schema(ref = "PaymentDetails")))
    public Response get(@PathParam("number") String number) {
        return withTag(Response.ok(), queries.require(number));
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Operation(operationId = "recordPayment",
            summary = "Record a payment in the back office: GIRO starts ACTIVE; CASH and BANK_TRANSFER start "
            + "COMPLETED unless awaitClearing is true")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the payment",
            content = @Content(schema = @Schema(ref = "PaymentDetails")))
    public Response record(@Parameter(ref = "prefer") @HeaderParam("Prefer") String prefer, PaymentBody body) {
        new Fields().require(body);
        PaymentDetails created = payments.record(body.toRequest());
        return answer(Response.created(location(uriInfo, created.number())), created, prefer);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{number}/confirm")
    @Operation(operationId = "confirmPayment",
            summary = "Confirm a PENDING field collection: ACTIVE for giros (or awaitClearing), else COMPLETED")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "204", description = "Done, with Prefer: return=minimal: the new ETag, no body")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(schema = @Schema(ref = "PaymentDetails")))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response confirm(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                            @Parameter(ref = "prefer") @HeaderParam("Prefer") String prefer) {
        return commandAnswer(payments.confirm(number, Versions.expected(ifMatch)), prefer);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{number}/resolve")
    @Operation(operationId = "resolvePayment",
            summary = "Resolve an ACTIVE payment: the money cleared on resolvedDate; it becomes COMPLETED")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "204", description = "Done, with Prefer: return=minimal: the new ETag, no body")
    @APIResponse(responseCode = "200", description = "Resolved",
            content = @Content(schema = @Schema(ref = "PaymentDetails")))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response resolve(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                            @Parameter(ref = "prefer") @HeaderParam("Prefer") String prefer,
                            CommandBodies.Resolve body) {
        Fields fields = new Fields();
        fields.require(body);
        var resolvedDate = fields.date("resolvedDate", body.resolvedDate());
        fields.check();
        return commandAnswer(payments.resolve(number, resolvedDate, Versions.expected(ifMatch)), prefer);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("resolve")
    @Operation(operationId = "resolvePayments",
            summary = "Bulk resolve: every named ACTIVE payment COMPLETED on resolvedDate, or none, with every "
            + "refused payment named (errors payments[i])")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Every payment resolved, in the order named",
            content = @Content(schema = @Schema(ref = "PaymentDetailsList")))
    public Response resolveAll(CommandBodies.ResolveMany body) {
        Fields fields = new Fields();
        fields.require(body);
        var resolvedDate = fields.date("resolvedDate", body.resolvedDate());
        fields.check();
        return Response.ok(payments.resolveAll(resolvedDate, body.payments())).build();
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{number}/cancel")
    @Operation(operationId = "cancelPayment", summary = "Cancel a payment with a reason; its allocations are released")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "204", description = "Done, with Prefer: return=minimal: the new ETag, no body")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(ref = "PaymentDetails")))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response cancel(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                           @Parameter(ref = "prefer") @HeaderParam("Prefer") String prefer,
                           CommandBodies.Cancel body) {
        new Fields().require(body);
        return commandAnswer(payments.cancel(number, body.reason(), Versions.expected(ifMatch)), prefer);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{number}/reject")
    @Operation(operationId = "rejectGiro",
            summary = "Record that the bank rejected an ACTIVE giro (giro tolak): CANCELLED, invoices reopened")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "204", description = "Done, with Prefer: return=minimal: the new ETag, no body")
    @APIResponse(responseCode = "200", description = "Recorded as rejected",
            content = @Content(schema = @Schema(ref = "PaymentDetails")))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response reject(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                           @Parameter(ref = "prefer") @HeaderParam("Prefer") String prefer,
                           CommandBodies.Reject body) {
        Fields fields = new Fields();
        fields.require(body);
        var rejectedDate = fields.date("rejectedDate", body.rejectedDate());
        var reason = fields.choice("reasonCode", RejectionReason.class, body.reasonCode());
        fields.check();
        return commandAnswer(payments.rejectGiro(number, rejectedDate, reason, body.note(),
                Versions.expected(ifMatch)), prefer);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{number}/allocations")
    @Operation(operationId = "allocatePayment", summary = "Allocate the unapplied remainder to more invoices")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "204", description = "Done, with Prefer: return=minimal: the new ETag, no body")
    @APIResponse(responseCode = "200", description = "Allocated",
            content = @Content(schema = @Schema(ref = "PaymentDetails")))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    public Response allocate(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                             @Parameter(ref = "prefer") @HeaderParam("Prefer") String prefer,
                             List<PaymentBody.AllocationBody> body) {
        new Fields().require(body);
        return commandAnswer(payments.allocate(number, PaymentBody.allocationRequests(body),
                Versions.expected(ifMatch)), prefer);
    }

    @GET
    @Path("{number}/receipt")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getPaymentReceipt",
            summary = "The receipt (kwitansi) of a payment that is not CANCELLED, in the request's Accept-Language")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "The receipt as a PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response receipt(@PathParam("number") String number) {
        PaymentDetails payment = queries.receipt(number);
        Locale language = Problems.languageOf(headers);
        StreamingOutput pdf = out -> receipts.write(payment, language, out);
        return PdfAnswers.inline(PaymentReceipt.fileName(payment), pdf);
    }

    @GET
    @Path("{number}/history")
    @Operation(operationId = "getPaymentHistory",
            summary = "Every event of the payment, oldest first: at, user, action, from, to, detail")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(ref = "PaymentHistory")))
    public Response history(@PathParam("number") String number) {
        // A Response, not List<HistoryLine>: Payara would publish a second, weaker schema for the record
        Locale language = Problems.languageOf(headers);
        return Response.ok(queries.history(number).stream().map(entry -> HistoryLine.of(entry, language)).toList())
                .build();
    }

    static java.net.URI location(UriInfo uriInfo, String number) {
        return uriInfo.getBaseUriBuilder().path("payments").path(number).build();
    }

    /** A command's answer: 200 with the payment, or 204 with only its new ETag when the client prefers it. */
    private static Response commandAnswer(PaymentDetails payment, String prefer) {
        return answer(Preferences.returnMinimal(prefer) ? Response.noContent() : Response.ok(), payment, prefer);
    }

    /** The payment with its ETag, or (Prefer: return=minimal) the outcome and the ETag alone. */
    private static Response answer(Response.ResponseBuilder builder, PaymentDetails payment, String prefer) {
        if (Preferences.returnMinimal(prefer)) {
            return Preferences.minimal(builder.tag(Versions.tag(payment.version())));
        }
        return withTag(builder, payment);
    }

    static Response withTag(Response.ResponseBuilder builder, PaymentDetails payment) {
        return builder.tag(Versions.tag(payment.version())).entity(payment).build();
    }
}
