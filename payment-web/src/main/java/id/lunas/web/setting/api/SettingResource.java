package id.lunas.web.setting.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_MANAGER_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.setting.SettingName;
import id.lunas.service.setting.SettingService;
import id.lunas.service.setting.SettingView;
import id.lunas.web.platform.api.Fields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/settings")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "Settings kept in the database, changed at runtime and audited")
public class SettingResource {

    /** {@code PUT /api/settings/{name}}: the new value, empty or absent for no limit. */
    public record SettingBody(String value) {
    }

    @Inject
    SettingService settings;

    @GET
    @Operation(operationId = "listSettings", summary = "Every setting with its value and who set it last")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(schema = @Schema(ref = "SettingList")))
    public List<SettingView> list() {
        return settings.list();
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_MANAGER_NAME})
    @PUT
    @Path("{name}")
    @Operation(operationId = "changeSetting",
            summary = "Change a setting (finance manager or administrator); the change is kept in the history")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The setting as changed",
            content = @Content(schema = @Schema(ref = "SettingView")))
    public SettingView change(@Parameter(description = "BACKDATING_DAYS, HANDOVER_DAYS, GIRO_RISK_WARN, "
                                      + "GIRO_RISK_VERIFY, GIRO_RISK_BLOCK or GIRO_DRAWER_ACCOUNT_REQUIRED",
                                      required = true)
                              @PathParam("name") String name, SettingBody body) {
        Fields fields = new Fields();
        SettingName setting = fields.choice("name", SettingName.class, name);
        fields.check();
        return settings.change(setting, body == null ? null : body.value());
    }
}
