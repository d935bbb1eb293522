package id.lunas.web.bankstatement.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.bankstatement.LineState;
import id.lunas.domain.bankstatement.reading.StatementFormat;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.bankstatement.StatementConfirmation;
import id.lunas.service.bankstatement.StatementImport;
import id.lunas.service.bankstatement.StatementMappings;
import id.lunas.service.bankstatement.StatementQueries;
import id.lunas.service.bankstatement.StatementSummary;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.platform.api.Fields;
import id.lunas.web.platform.api.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/bank-statements")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bank statements", description = "Statements imported from the bank, matched to giros, transfers and "
        + "deposits, and confirmed")
public class BankStatementResource {

    @Inject
    StatementImport imports;

    @Inject
    StatementQueries queries;

    @Inject
    StatementConfirmation confirmation;

    @Inject
    StatementMappings mappings;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listBankStatements", summary = "Imported statements, newest last date first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "A page of statements",
            content = @Content(schema = @Schema(ref = "BankStatementPage")))
    public Page<StatementSummary> list(
            @Parameter(description = "Only this company bank account's statements") @QueryParam("bankAccount")
            String bankAccount,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        return queries.list(bankAccount, PageRequest.of(pageIndex, pageSize));
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "importBankStatement",
            summary = "Import a statement file (the body) for one company account: read whole or refused naming "
            + "the line (lines[n], n the file's line), matched line by line; the same statement again answers 200 "
            + "with the one imported before, lines an overlapping statement brought are not kept twice")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Imported before: the statement as it stands",
            content = @Content(schema = @Schema(ref = "BankStatementDetails")))
    @APIResponse(responseCode = "201", description = "Imported; Location names the statement",
            content = @Content(schema = @Schema(ref = "BankStatementDetails")))
    public Response importFile(
            @Parameter(description = "The company bank account's code", required = true) @QueryParam("bankAccount")
            String bankAccount,
            @Parameter(description = "MT940, BCA_CSV, MANDIRI_CSV (CSV or Excel) or CSV (the account's saved mapping)",
                    required = true, schema = @Schema(ref = "StatementFormat")) @QueryParam("format") String format,
            @Parameter(description = "The file's name, kept with the statement") @QueryParam("fileName") String fileName,
            byte[] file) {
        Fields fields = new Fields();
        StatementFormat chosen = fields.choice("format", StatementFormat.class, format);
        fields.check();
        StatementImport.Imported imported = imports.importFile(bankAccount, chosen, file, fileName);
        Object body = details(imported.statementId(), null, PageRequest.of(null, null));
        if (!imported.created()) {
            return Response.ok(body).build();
        }
        return Response.created(uriInfo.getBaseUriBuilder().path("bank-statements")
                .path(String.valueOf(imported.statementId())).build()).entity(body).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBankStatement", summary = "One statement with its counts per state and a page of "
            + "its lines in file order, with their match proposals and reasons")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(schema = @Schema(ref = "BankStatementDetails")))
    public StatementBodies.BankStatementDetails get(@PathParam("id") long id,
                                       @Parameter(schema = @Schema(ref = "StatementLineState")) @QueryParam("state")
                                       String state,
                                       @Parameter(ref = "page") @QueryParam("page") String page,
                                       @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        LineState chosen = fields.choice("state", LineState.class, state);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        return details(id, chosen, PageRequest.of(pageIndex, pageSize));
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{id}/confirm")
    @Operation(operationId = "confirmBankStatement",
            summary = "StatementConfirm proposed lines (all of them when none are named): each resolves its giro, transfer "
            + "or deposit with the line's value date, or records the giro rejected for a return line; all or "
            + "none, every refused line named (lines[n])")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Confirmed: the statement as it now stands",
            content = @Content(schema = @Schema(ref = "BankStatementDetails")))
    public StatementBodies.BankStatementDetails confirm(@PathParam("id") long id, StatementBodies.StatementConfirm body) {
        confirmation.confirm(id, body == null ? null : body.lines());
        return details(id, null, PageRequest.of(null, null));
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{id}/lines/{line}/match")
    @Operation(operationId = "matchBankStatementLine",
            summary = "Settle one line with the payment or deposit a person chose (an unmatched or ambiguous line): "
            + "a credit resolves it on the value date, a return line records the giro rejected")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Matched: the statement as it now stands",
            content = @Content(schema = @Schema(ref = "BankStatementDetails")))
    public StatementBodies.BankStatementDetails match(@PathParam("id") long id, @PathParam("line") int line,
                                         StatementBodies.LineMatch body) {
        Fields fields = new Fields();
        fields.require(body);
        fields.check();
        confirmation.match(id, line, body.payment(), body.deposit());
        return details(id, null, PageRequest.of(null, null));
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{id}/lines/{line}/ignore")
    @Operation(operationId = "ignoreBankStatementLine",
            summary = "Mark a line as not customer money (bank fees, transfers between own accounts) with a reason")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Ignored: the statement as it now stands",
            content = @Content(schema = @Schema(ref = "BankStatementDetails")))
    public StatementBodies.BankStatementDetails ignore(@PathParam("id") long id, @PathParam("line") int line,
                                          StatementBodies.LineIgnore body) {
        Fields fields = new Fields();
        fields.require(body);
        fields.check();
        confirmation.ignore(id, line, body.reason());
        return details(id, null, PageRequest.of(null, null));
    }

    @GET
    @Path("reconciliation")
    @Operation(operationId = "getBankReconciliation",
            summary = "One bank account against its statements: the last statement date, credits not matched yet, "
            + "and ACTIVE giros effective businessDays business days or more before the last statement date "
            + "with no line proposed for them (likely rejected or lost)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The reconciliation",
            content = @Content(schema = @Schema(ref = "BankReconciliation")))
    public StatementBodies.BankReconciliation reconciliation(
            @Parameter(description = "The company bank account's code", required = true) @QueryParam("bankAccount")
            String bankAccount,
            @Parameter(description = "Business days a giro may take to clear, standard 3") @QueryParam("businessDays")
            String businessDays,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        Integer days = fields.integer("businessDays", businessDays);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        return StatementBodies.BankReconciliation.of(queries.reconciliation(bankAccount, days,
                PageRequest.of(pageIndex, pageSize)), language());
    }

    @GET
    @Path("mapping")
    @Operation(operationId = "getStatementMapping", summary = "The CSV column mapping saved for a bank account")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The mapping",
            content = @Content(schema = @Schema(ref = "StatementMapping")))
    public StatementBodies.StatementMapping mapping(
            @Parameter(description = "The company bank account's code", required = true) @QueryParam("bankAccount")
            String bankAccount) {
        return mappings.find(bankAccount).map(StatementBodies.StatementMapping::of)
                .orElseThrow(() -> NotFoundException.of("statement.noMapping", bankAccount));
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @PUT
    @Path("mapping")
    @Operation(operationId = "saveStatementMapping",
            summary = "Save the column mapping of a bank account's CSV or Excel download (format CSV): column "
            + "captions as in its header row, a signed amount or debit and credit columns")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(ref = "StatementMapping")))
    public StatementBodies.StatementMapping saveMapping(
            @Parameter(description = "The company bank account's code", required = true) @QueryParam("bankAccount")
            String bankAccount, StatementBodies.StatementMapping body) {
        Fields fields = new Fields();
        fields.require(body);
        fields.check();
        return StatementBodies.StatementMapping.of(mappings.save(bankAccount, body.checked()));
    }

    private StatementBodies.BankStatementDetails details(long id, LineState state, PageRequest page) {
        return StatementBodies.BankStatementDetails.of(queries.get(id, state, page), language());
    }

    private Locale language() {
        return Problems.languageOf(headers);
    }
}
