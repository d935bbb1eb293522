package id.lunas.web.collection.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.collection.CollectionListStatus;
import id.lunas.service.collection.CollectionListDetails;
import id.lunas.service.collection.CollectionListQueries;
import id.lunas.service.collection.CollectionListRequest;
import id.lunas.service.collection.CollectionListService;
import id.lunas.service.collection.CollectionListSummary;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.collection.documents.CollectionListSheet;
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

@Path("/collection-lists")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collection lists", description = "The invoices a collector is sent to collect on a day (SC), with "
        + "what was collected against each and what remains; a collector reads their own lists only")
public class CollectionListResource {

    @Inject
    CollectionListService lists;

    @Inject
    CollectionListQueries queries;

    @Inject
    CollectionListSheet sheet;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listCollectionLists",
            summary = "Collection lists, newest first; a collector gets their own lists only")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "A page of collection lists",
            content = @Content(schema = @Schema(ref = "CollectionListPage")))
    public Page<CollectionListSummary> list(
            @Parameter(description = "The collector's user name (ignored for a collector: always their own)")
            @QueryParam("collector") String collector,
            @Parameter(description = "The list date (yyyy-MM-dd)") @QueryParam("date") String date,
            @Parameter(schema = @Schema(ref = "CollectionListStatus")) @QueryParam("status")
            String status,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        var day = fields.date("date", date);
        CollectionListStatus chosen = fields.choice("status", CollectionListStatus.class, status);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        return queries.list(collector, day, chosen, PageRequest.of(pageIndex, pageSize));
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Operation(operationId = "createCollectionList",
            summary = "A new collection list SC-YYMMnnnnn for a collector and a day, each invoice with what it "
            + "owes now (errors invoices[i])")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "201", description = "Created; Location names the list",
            content = @Content(schema = @Schema(ref = "CollectionListDetails")))
    public Response create(CollectionListBody body) {
        Fields fields = new Fields();
        fields.require(body);
        var listDate = fields.date("listDate", body.listDate());
        fields.check();
        CollectionListDetails created = lists.create(new CollectionListRequest(body.collector(), listDate,
                body.invoices()));
        return Response.created(uriInfo.getBaseUriBuilder().path("collection-lists").path(created.number()).build())
                .entity(created).build();
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getCollectionList", summary = "One collection list with Collected and Remain per invoice")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(schema = @Schema(ref = "CollectionListDetails")))
    public CollectionListDetails get(@PathParam("number") String number) {
        return queries.get(number);
    }

    @GET
    @Path("{number}/sheet.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getCollectionListSheet",
            summary = "The list printed for the collector, in the request's Accept-Language")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The list as a PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response sheet(@PathParam("number") String number) {
        CollectionListDetails list = queries.get(number);
        StreamingOutput pdf = out -> sheet.write(list, Problems.languageOf(headers), out);
        return PdfAnswers.inline(CollectionListSheet.fileName(list), pdf);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("{number}/complete")
    @Operation(operationId = "completeCollectionList",
            summary = "The list has been worked: COMPLETED, and no collection can name it any more")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(schema = @Schema(ref = "CollectionListDetails")))
    public CollectionListDetails complete(@PathParam("number") String number) {
        return lists.complete(number);
    }
}
