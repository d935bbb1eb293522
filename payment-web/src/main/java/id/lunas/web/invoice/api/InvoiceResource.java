package id.lunas.web.invoice.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.invoice.InvoiceStatus;
import id.lunas.domain.invoice.InvoiceTerms;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.invoice.InvoiceImport;
import id.lunas.service.invoice.InvoiceLine;
import id.lunas.service.invoice.InvoiceService;
import id.lunas.service.invoice.InvoiceView;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.platform.api.Fields;
import id.lunas.web.platform.api.PathKeys;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/invoices")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices", description = "Invoices (faktur) pushed by the ERP, with what has been paid on them")
public class InvoiceResource {

    @Inject
    InvoiceService invoices;

    @Inject
    InvoiceImport imports;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listInvoices",
            summary = "Invoices, newest first, with cleared / in clearing / pending / outstanding figures")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "A page of invoices",
            content = @Content(schema = @Schema(ref = "InvoicePage")))
    public Page<InvoiceView> list(
            @QueryParam("customerCode") String customerCode,
            @Parameter(schema = @Schema(ref = "InvoiceStatus")) @QueryParam("status") String status,
            @Parameter(ref = "page") @QueryParam("page") String page,
            @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        InvoiceStatus invoiceStatus = fields.choice("status", InvoiceStatus.class, status);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        return invoices.list(customerCode, invoiceStatus, PageRequest.of(pageIndex, pageSize));
    }

    @GET
    @Path("{number}")
    @Operation(operationId = "getInvoice", summary = "One invoice with the payments that touched it")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The invoice",
            content = @Content(schema = @Schema(ref = "InvoiceView")))
    public InvoiceView get(@PathParam("number") String number) {
        return invoices.find(number).orElseThrow(() -> NotFoundException.of("invoice.notFound", number));
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    @POST
    @Operation(operationId = "createInvoice", summary = "Create an invoice")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "InvoiceView")))
    public Response create(InvoiceBody body) {
        new Fields().require(body);
        InvoiceView created = invoices.create(body.number(), body.customerCode(), terms(body));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.number()).build()).entity(created).build();
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    @PUT
    @Path("{number}")
    @Operation(operationId = "updateInvoice",
            summary = "Correct an invoice; its amount cannot drop below what payments already cover")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(ref = "InvoiceView")))
    public InvoiceView update(@PathParam("number") String number, InvoiceBody body) {
        new Fields().require(body);
        return invoices.update(PathKeys.agree("number", number, body.number()), body.customerCode(), terms(body));
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    @POST
    @Path("batch")
    @Operation(operationId = "importInvoices", summary = "Import up to 1,000 new invoices at once, all or nothing",
            description = "A JSON array of invoices as for POST /api/invoices. If any line is wrong nothing is saved "
                    + "and the 400 problem lists every wrong line's fields, e.g. invoices[3].amount.")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "201", description = "All invoices were created",
            content = @Content(schema = @Schema(ref = "InvoiceBatchResult")))
    public Response importBatch(List<InvoiceBody> body) {
        new Fields().require(body);
        Fields fields = new Fields();
        List<InvoiceLine> lines = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            InvoiceBody line = body.get(i);
            String at = "invoices[" + i + "].";
            if (line == null) {
                lines.add(new InvoiceLine(null, null, null));
                continue;
            }
            lines.add(new InvoiceLine(line.number(), line.customerCode(), terms(fields, at, line)));
        }
        fields.check();
        int created = imports.importAll(lines);
        return Response.status(Response.Status.CREATED).entity(Map.of("created", created)).build();
    }

    private static InvoiceTerms terms(InvoiceBody body) {
        Fields fields = new Fields();
        InvoiceTerms terms = terms(fields, "", body);
        fields.check();
        return terms;
    }

    private static InvoiceTerms terms(Fields fields, String prefix, InvoiceBody body) {
        return new InvoiceTerms(fields.date(prefix + "invoiceDate", body.invoiceDate()),
                fields.date(prefix + "dueDate", body.dueDate()), body.amount(),
                Boolean.TRUE.equals(body.cancelled()));
    }
}
