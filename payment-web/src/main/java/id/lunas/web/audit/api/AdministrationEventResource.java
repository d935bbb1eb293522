package id.lunas.web.audit.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.service.audit.AdministrationEntry;
import id.lunas.service.audit.AdministrationEventQueries;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.platform.api.Fields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/administration-events")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration history", description = "Who changed users' access, settings and the books, for the auditor")
public class AdministrationEventResource {

    @Inject
    AdministrationEventQueries events;

    @GET
    @Operation(operationId = "listAdministrationEvents",
            summary = "Who changed users' access, settings and the books' closing date, newest first")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(ref = "AdministrationEventPage")))
    public Response list(@QueryParam("user") String user,
                         @Parameter(ref = "from") @QueryParam("from") String from,
                         @Parameter(ref = "to") @QueryParam("to") String to,
                         @Parameter(ref = "page") @QueryParam("page") String page,
                         @Parameter(ref = "size") @QueryParam("size") String size) {
        Fields fields = new Fields();
        var start = fields.date("from", from);
        var end = fields.date("to", to);
        Integer pageIndex = fields.integer("page", page);
        Integer pageSize = fields.integer("size", size);
        fields.check();
        Page<AdministrationEntry> found = events.list(user, start, end, PageRequest.of(pageIndex, pageSize));
        // a Response, not the Page record: Payara would publish a second, weaker schema for it
        return Response.ok(found).build();
    }
}
