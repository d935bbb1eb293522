package id.lunas.web.girodeposit.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.girodeposit.GiroDepositStatus;
import id.lunas.service.girodeposit.DepositCandidates;
import id.lunas.service.girodeposit.DepositRequest;
import id.lunas.service.girodeposit.GiroDepositDetails;
import id.lunas.service.girodeposit.GiroDepositQueries;
import id.lunas.service.girodeposit.GiroDepositService;
import id.lunas.service.girodeposit.GiroDepositSummary;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.customerpayment.api.CommandBodies;
import id.lunas.web.girodeposit.slip.DepositSlip;
import id.lunas.web.platform.api.Fields;
import id.lunas.web.platform.api.PdfAnswers;
import id.lunas.web.platform.api.Problems;
import id.lunas.web.platform.documents.PdfDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/giro-deposits")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Giro deposits", description = "Giros taken to the bank with a deposit slip (setoran giro), and its answer")
public class GiroDepositResource {

    @Inject
    GiroDepositService deposits;

    @Inject
    GiroDepositQueries queries;

    @Inject
    DepositSlip slip;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listGiroDeposits", summary = "Deposits, newest deposit date first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "A page of deposits",
            content = @Content(schema = @Schema(ref = "GiroDepositPage")))
    public Page<GiroDepositSummary> list(
            @Parameter(schema = @Schema(ref = "GiroDepositStatus")) @QueryParam("status") String status,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        GiroDepositStatus chosen = fields.choice("status", GiroDepositStatus.class, status);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        return queries.list(chosen, PageRequest.of(pageIndex, pageSize));
    }

    @GET
    @Path("candidates")
    @Operation(operationId = "listDepositCandidates",
            summary = "To deposit: ACTIVE giros in hand, effective by the date and inside their window, with "
            + "count and total per bank account; giros whose window ends soonest come first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "The giros that can be deposited",
            content = @Content(schema = @Schema(ref = "DepositCandidates")))
    public DepositCandidates candidates(
            @Parameter(description = "Only this company bank account's giros in the page (totals cover all)")
            @QueryParam("bankAccount") String bankAccount,
            @Parameter(description = "The deposit date (yyyy-MM-dd), today when absent; not in the future")
            @QueryParam("date") String date,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        var day = fields.date("date", date);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        return queries.candidates(bankAccount, day, PageRequest.of(pageIndex, pageSize));
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Operation(operationId = "createGiroDeposit",
            summary = "Deposit giros: all of them onto one new deposit SG-YYMMnnnnn, or none with every refused "
            + "giro named (errors payments[i])")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "201", description = "Deposited; Location names the deposit",
            content = @Content(schema = @Schema(ref = "GiroDepositDetails")))
    public Response create(DepositBody body) {
        Fields fields = new Fields();
        fields.require(body);
        var depositDate = fields.date("depositDate", body.depositDate());
        fields.check();
        GiroDepositDetails created = deposits.create(new DepositRequest(body.bankAccountCode(), depositDate,
                body.payments()));
        return Response.created(uriInfo.getBaseUriBuilder().path("giro-deposits").path(created.number()).build())
                .entity(created).build();
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getGiroDeposit", summary = "One deposit with its giros")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The deposit",
            content = @Content(schema = @Schema(ref = "GiroDepositDetails")))
    public GiroDepositDetails get(@PathParam("number") String number) {
        return queries.get(number);
    }

    @GET
    @Path("{number}/slip.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getDepositSlip",
            summary = "The deposit slip to take to the bank, in the request's Accept-Language")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The slip as a PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response slip(@PathParam("number") String number,
                         @Parameter(description = "A4 (default) or HALF_A4, the half-page slip bank counters take")
                         @QueryParam("format") String format) {
        Fields fields = new Fields();
        PdfDocument.Format chosen = fields.choice("format", PdfDocument.Format.class, format);
        fields.check();
        PdfDocument.Format paper = chosen == null ? PdfDocument.Format.A4 : chosen;
        GiroDepositDetails deposit = queries.get(number);
        StreamingOutput pdf = out -> slip.write(deposit, paper, Problems.languageOf(headers), out);
        return PdfAnswers.inline(DepositSlip.fileName(deposit, paper), pdf);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{number}/resolve")
    @Operation(operationId = "resolveGiroDeposit",
            summary = "The bank credited the deposit on resolvedDate: every ACTIVE giro on it becomes COMPLETED "
            + "(each by its own rules, all or none) and the deposit is CLOSED")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Resolved and closed",
            content = @Content(schema = @Schema(ref = "GiroDepositDetails")))
    public GiroDepositDetails resolve(@PathParam("number") String number, CommandBodies.Resolve body) {
        Fields fields = new Fields();
        fields.require(body);
        var resolvedDate = fields.date("resolvedDate", body.resolvedDate());
        fields.check();
        return deposits.resolve(number, resolvedDate);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{number}/cancel")
    @Operation(operationId = "cancelGiroDeposit",
            summary = "Cancel a deposit never taken to the bank: its giros go back in hand")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(ref = "GiroDepositDetails")))
    public GiroDepositDetails cancel(@PathParam("number") String number) {
        return deposits.cancel(number);
    }
}
