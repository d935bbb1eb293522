package id.lunas.web.collection.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.service.collection.CollectorBalance;
import id.lunas.service.collection.CollectorBalanceQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/collector-balances")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collector balances", description = "Money collected in the field and not yet handed over, and cash "
        + "shortages not yet settled; a collector reads their own balance only")
public class CollectorBalanceResource {

    @Inject
    CollectorBalanceQuery balances;

    @GET
    @Operation(operationId = "listCollectorBalances",
            summary = "Every collector with money out, the one waiting longest first (a collector: their own)")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The balances",
            content = @Content(schema = @Schema(ref = "CollectorBalanceList")))
    public List<CollectorBalance> list() {
        return balances.balances();
    }

    @GET
    @Path("{collector}")
    @Operation(operationId = "getCollectorBalance",
            summary = "One collector's balance, zero when nothing is out (a collector always gets their own)")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The balance",
            content = @Content(schema = @Schema(ref = "CollectorBalance")))
    public CollectorBalance get(@PathParam("collector") String collector) {
        return balances.of(collector);
    }
}
