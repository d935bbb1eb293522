package id.lunas.web.receivable.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

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

    @Inject
    ArAgingQuery aging;

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
}
