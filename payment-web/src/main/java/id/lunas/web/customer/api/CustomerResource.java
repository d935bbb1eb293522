package id.lunas.web.customer.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_MANAGER_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.credit.CreditMode;
import id.lunas.domain.credit.CreditSummary;
import id.lunas.service.credit.CreditQueries;
import id.lunas.service.credit.CreditService;
import id.lunas.service.credit.CustomerCredit;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.customer.CustomerView;
import id.lunas.service.giro.GiroQueries;
import id.lunas.service.giro.GiroRecord;
import id.lunas.web.platform.api.Fields;
import id.lunas.web.platform.api.MasterDataAnswers;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/customers")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers", description = "Customer master data, pushed by the ERP")
public class CustomerResource {

    private static final int SEARCH_LIMIT = 200;

    @Inject
    CreditQueries credit;

    @Inject
    CreditService creditService;

    @Inject
    CustomerService customers;

    @Inject
    GiroQueries giros;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listCustomers", summary = "Customers by name; q filters on code or name (at most 200)")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "Customers",
            content = @Content(schema = @Schema(ref = "CustomerList")))
    public List<CustomerView> list(@QueryParam("q") String text) {
        return withCredit(customers.search(text, SEARCH_LIMIT));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCustomer", summary = "One customer")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The customer",
            content = @Content(schema = @Schema(ref = "CustomerView")))
    public CustomerView get(@PathParam("code") String code) {
        return MasterDataAnswers.found(customers.find(code).map(found -> withCredit(List.of(found)).get(0)),
                "customer", code);
    }

    @GET
    @Path("{code}/giro-record")
    @Operation(operationId = "getCustomerGiroRecord",
            summary = "The customer's giro record: received, cleared, rejected ('kosong' in the last 6 months), "
            + "currently overdue")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The giro record",
            content = @Content(schema = @Schema(ref = "GiroRecord")))
    public GiroRecord giroRecord(@PathParam("code") String code) {
        return giros.recordOf(code);
    }

    /** Each customer with their credit beside them, read for all of them at once. */
    private List<CustomerView> withCredit(List<CustomerView> found) {
        Map<String, CreditSummary> summaries = credit.summaries(found.stream().map(CustomerView::code).toList());
        return found.stream().map(c -> c.withCredit(summaries.get(c.code()))).toList();
    }

    @GET
    @Path("{code}/credit")
    @Operation(operationId = "getCustomerCredit",
            summary = "Before the next giro: exposure (invoices outstanding + ACTIVE giros + PENDING collections) "
            + "against the credit limit, and the 'kosong' rejections of the last 6 months with the risk level they "
            + "give, for the customer and for each account its giros are drawn on")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The customer's credit",
            content = @Content(schema = @Schema(ref = "CustomerCredit")))
    public CustomerCredit credit(@PathParam("code") String code) {
        return credit.creditOf(code);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_MANAGER_NAME})
    @PUT
    @Path("{code}/giro-mode")
    @Operation(operationId = "overrideGiroMode",
            summary = "A finance manager's decision on the customer's next giros: ALLOW, VERIFY (Pending until a "
            + "second person confirms) or BLOCK (refused; field giros held), or no mode to let the risk decide "
            + "again; the reason is required and kept in the administration history")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The customer's credit with the mode now",
            content = @Content(schema = @Schema(ref = "CustomerCredit")))
    public CustomerCredit overrideGiroMode(@PathParam("code") String code, GiroModeBody body) {
        Fields fields = new Fields();
        fields.require(body);
        CreditMode mode = fields.choice("mode", CreditMode.class, body.mode());
        fields.check();
        return creditService.overrideGiroMode(code, mode, body.reason());
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    @POST
    @Operation(operationId = "createCustomer", summary = "Create a customer")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "CustomerView")))
    public Response create(CustomerBody body) {
        new Fields().require(body);
        CustomerView created = customers.create(body.code(), body.details());
        return MasterDataAnswers.created(uriInfo, created.code(), created);
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    @PUT
    @Path("{code}")
    @Operation(operationId = "updateCustomer", summary = "Update a customer")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(ref = "CustomerView")))
    public CustomerView update(@PathParam("code") String code, CustomerBody body) {
        new Fields().require(body);
        return customers.update(MasterDataAnswers.pathCode(code, body.code()), body.details());
    }
}
