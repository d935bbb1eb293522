package id.lunas.web.bankaccount.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.bankaccount.BankAccountView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/bank-accounts")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bank accounts", description = "The company's deposit accounts, pushed by the ERP")
public class BankAccountResource {

    @Inject
    BankAccountService bankAccounts;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listBankAccounts", summary = "All company bank accounts by code")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "Bank accounts",
            content = @Content(schema = @Schema(ref = "BankAccountList")))
    public List<BankAccountView> list() {
        return bankAccounts.list();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getBankAccount", summary = "One bank account")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The bank account",
            content = @Content(schema = @Schema(ref = "BankAccountView")))
    public BankAccountView get(@PathParam("code") String code) {
        return MasterDataAnswers.found(bankAccounts.find(code), "bankAccount", code);
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    @POST
    @Operation(operationId = "createBankAccount", summary = "Create a bank account")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "BankAccountView")))
    public Response create(BankAccountBody body) {
        new Fields().require(body);
        BankAccountView created = bankAccounts.create(body.code(), body.details());
        return MasterDataAnswers.created(uriInfo, created.code(), created);
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    @PUT
    @Path("{code}")
    @Operation(operationId = "updateBankAccount", summary = "Update a bank account")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(ref = "BankAccountView")))
    public BankAccountView update(@PathParam("code") String code, BankAccountBody body) {
        new Fields().require(body);
        return bankAccounts.update(MasterDataAnswers.pathCode(code, body.code()), body.details());
    }
}
