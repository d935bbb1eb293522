package id.lunas.web.collection.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.service.collection.ExpectedHandover;
import id.lunas.service.collection.HandoverDetails;
import id.lunas.service.collection.HandoverQueries;
import id.lunas.service.collection.HandoverRequest;
import id.lunas.service.collection.HandoverService;
import id.lunas.service.collection.HandoverSummary;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.collection.documents.HandoverReceipt;
import id.lunas.web.platform.api.Fields;
import id.lunas.web.platform.api.PdfAnswers;
import id.lunas.web.platform.api.Problems;
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

@Path("/handovers")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Handovers", description = "The collector's handover to the cashier (serah terima setoran): cash "
        + "counted against the Pending collections, each giro sheet and transfer received or not")
public class HandoverResource {

    @Inject
    HandoverService handovers;

    @Inject
    HandoverQueries queries;

    @Inject
    HandoverReceipt receipt;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listHandovers", summary = "Handovers, newest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "A page of handovers",
            content = @Content(schema = @Schema(ref = "HandoverPage")))
    public Page<HandoverSummary> list(
            @Parameter(description = "The collector's user name") @QueryParam("collector") String collector,
            @Parameter(description = "Handovers on or after this day (yyyy-MM-dd)") @QueryParam("from") String from,
            @Parameter(description = "Handovers on or before this day (yyyy-MM-dd)") @QueryParam("to") String to,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        var start = fields.date("from", from);
        var end = fields.date("to", to);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        return queries.list(collector, start, end, PageRequest.of(pageIndex, pageSize));
    }

    @GET
    @Path("expected")
    @Operation(operationId = "getExpectedHandover",
            summary = "What a collector should hand over on a day: their Pending collections not yet handed over, "
            + "the cash as one total, each giro sheet and transfer on its own, oldest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "The expected handover",
            content = @Content(schema = @Schema(ref = "ExpectedHandover")))
    public ExpectedHandover expected(
            @Parameter(description = "The collector's user name", required = true) @QueryParam("collector")
            String collector,
            @Parameter(description = "The handover date (yyyy-MM-dd), today when absent; not in the future")
            @QueryParam("date") String date) {
        Fields fields = new Fields();
        var day = fields.date("date", date);
        fields.check();
        return queries.expected(collector, day);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Operation(operationId = "createHandover",
            summary = "Save a handover ST-YYMMnnnnn, all of it or nothing: every cash collection and every received "
            + "giro or transfer is confirmed, a cash difference is kept with its reason, a collection not received "
            + "stays PENDING and is flagged (errors payments[i])")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "201", description = "Saved; Location names the handover",
            content = @Content(schema = @Schema(ref = "HandoverDetails")))
    public Response create(HandoverBody body) {
        Fields fields = new Fields();
        fields.require(body);
        var handoverDate = fields.date("handoverDate", body.handoverDate());
        fields.check();
        HandoverDetails saved = handovers.handOver(new HandoverRequest(body.collector(), handoverDate,
                body.cashCounted(), body.differenceReason(), body.payments(), body.received()));
        return Response.created(uriInfo.getBaseUriBuilder().path("handovers").path(saved.number()).build())
                .entity(saved).build();
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getHandover", summary = "One handover with every collection it expected")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The handover",
            content = @Content(schema = @Schema(ref = "HandoverDetails")))
    public HandoverDetails get(@PathParam("number") String number) {
        return queries.get(number);
    }

    @GET
    @Path("{number}/receipt.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getHandoverReceipt",
            summary = "The handover receipt for collector and cashier to sign, in the request's Accept-Language")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The receipt as a PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response receipt(@PathParam("number") String number) {
        HandoverDetails handover = queries.get(number);
        StreamingOutput pdf = out -> receipt.write(handover, Problems.languageOf(headers), out);
        return PdfAnswers.inline(HandoverReceipt.fileName(handover), pdf);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{number}/settle-shortage")
    @Operation(operationId = "settleHandoverShortage",
            summary = "The collector made good the cash shortage (or it was written off), as the note says")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Settled",
            content = @Content(schema = @Schema(ref = "HandoverDetails")))
    public HandoverDetails settleShortage(@PathParam("number") String number, SettlementBody body) {
        Fields fields = new Fields();
        fields.require(body);
        fields.check();
        return handovers.settleShortage(number, body.note());
    }
}
