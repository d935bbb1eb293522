package id.lunas.web.customerpayment.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.service.customerpayment.CollectionReceipt;
import id.lunas.service.customerpayment.CollectionService;
import id.lunas.web.platform.api.Fields;
import id.lunas.web.platform.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/collections")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, COLLECTOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collections", description = "Field collections from the SFA app")
public class CollectionResource {

    @Inject
    CollectionService collections;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(operationId = "submitCollection",
            summary = "Submit a field collection; it waits as PENDING until the back office confirms it. "
            + "Retrying with the same Idempotency-Key and body returns the first payment")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(schema = @Schema(ref = "PaymentDetails")))
    @APIResponse(responseCode = "200", description = "Already received under this Idempotency-Key",
            content = @Content(schema = @Schema(ref = "PaymentDetails")))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key or invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "Unknown customer, invoice or bank account",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "The key was used for a different body, or a rule refused",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response submit(@Parameter(description = "Unique per collection, reused on retries", required = true)
                           @HeaderParam("Idempotency-Key") String idempotencyKey, PaymentBody body) {
        new Fields().require(body);
        CollectionReceipt receipt = collections.receive(idempotencyKey, body.toRequest());
        Response.ResponseBuilder builder = receipt.replayed()
                ? Response.ok()
                : Response.created(PaymentResource.location(uriInfo, receipt.payment().number()));
        return PaymentResource.withTag(builder, receipt.payment());
    }
}
