package id.lunas.web.giro.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.service.giro.GiroQueries;
import id.lunas.service.giro.GiroRegister;
import id.lunas.service.giro.GiroRegisterQuery;
import id.lunas.service.giro.GiroScanLedger;
import id.lunas.service.giro.GiroScanService;
import id.lunas.service.giro.GiroScanView;
import id.lunas.service.giro.MaturityDay;
import id.lunas.service.giro.OverdueGiroView;
import id.lunas.web.platform.api.Fields;
import id.lunas.web.platform.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Giros", description = "Giros that need attention, and the scan that finds them")
public class GiroResource {

    private static final int RECENT_SCANS = 50;

    @Inject
    GiroQueries giros;

    @Inject
    GiroRegisterQuery register;

    @Inject
    GiroScanService scans;

    @Inject
    GiroScanLedger ledger;

    @GET
    @Path("giros/overdue")
    @Operation(operationId = "listOverdueGiros",
            summary = "Active giros flagged overdue: not cleared within the grace period after their effective date")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "Longest overdue first",
            content = @Content(schema = @Schema(ref = "GiroAttentionList")))
    public List<OverdueGiroView> overdue() {
        return giros.overdue();
    }

    @GET
    @Path("giros/expiring")
    @Operation(operationId = "listExpiringGiros",
            summary = "Active giros whose 70-day window ends within the warning period or has ended")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "Soonest to expire first",
            content = @Content(schema = @Schema(ref = "GiroAttentionList")))
    public List<OverdueGiroView> expiring() {
        return giros.expiring();
    }

    @GET
    @Path("giros/maturity")
    @Operation(operationId = "getGiroMaturity",
            summary = "Active giros grouped by effective date, with counts and amounts (default: the next 30 days)")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "One entry per effective date",
            content = @Content(schema = @Schema(ref = "MaturitySchedule")))
    @APIResponse(responseCode = "400", description = "Invalid dates",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public List<MaturityDay> maturity(
            @Parameter(ref = "from") @QueryParam("from") String from,
            @Parameter(ref = "to") @QueryParam("to") String to) {
        Fields fields = new Fields();
        var start = fields.date("from", from);
        var end = fields.date("to", to);
        fields.check();
        return giros.maturity(start, end);
    }

    @GET
    @Path("giros/register")
    @Operation(operationId = "getGiroRegister",
            summary = "The giro register of a period (default: this month to today): received, cleared, rejected "
            + "by reason, cancelled; still Active in hand or at the bank; expired")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The register",
            content = @Content(schema = @Schema(ref = "GiroRegister")))
    public GiroRegister register(@Parameter(ref = "from") @QueryParam("from") String from,
                                 @Parameter(ref = "to") @QueryParam("to") String to) {
        Fields fields = new Fields();
        var start = fields.date("from", from);
        var end = fields.date("to", to);
        fields.check();
        return register.of(start, end);
    }

    @GET
    @Path("giro-scans")
    @Operation(operationId = "listGiroScans", summary = "Recent runs of the overdue-giro scan, newest first")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "Scan runs",
            content = @Content(schema = @Schema(ref = "GiroScanList")))
    public List<GiroScanView> recentScans() {
        return ledger.recent(RECENT_SCANS);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME})
    @POST
    @Path("giro-scans")
    @Operation(operationId = "runGiroScan", summary = "Run the overdue-giro scan now and answer with its result")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(schema = @Schema(ref = "GiroScan")))
    public GiroScanView scanNow() {
        return scans.runNow();
    }
}
