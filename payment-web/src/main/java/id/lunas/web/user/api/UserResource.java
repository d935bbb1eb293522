package id.lunas.web.user.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;

import id.lunas.domain.user.Role;
import id.lunas.service.user.UserAccountService;
import id.lunas.service.user.UserView;
import id.lunas.web.platform.api.Fields;
import jakarta.annotation.security.PermitAll;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who may sign in, administered by ADMIN; everybody may read themselves and change their own password. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Users and their roles; passwords are never shown")
public class UserResource {

    @Inject
    UserAccountService users;

    @Context
    UriInfo uriInfo;

    public record NewUser(String username, String displayName, String password, List<String> roles) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    public record NewPassword(String password) {
    }

    @GET
    @Path("users")
    @RolesAllowed(ADMIN_NAME)
    @Operation(operationId = "listUsers", summary = "All users with their roles and status")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "Every user",
            content = @Content(schema = @Schema(ref = "UserList")))
    public List<UserView> list() {
        return users.list();
    }

    @POST
    @Path("users")
    @RolesAllowed(ADMIN_NAME)
    @Operation(operationId = "createUser",
            summary = "Create a user: username, displayName, password (10+ characters), roles")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(ref = "UserView")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(NewUser body) {
        new Fields().require(body);
        UserView created = users.create(body.username(), body.displayName(), body.password(), roles(body.roles()));
        return Response.created(uriInfo.getBaseUriBuilder().path("users").path(created.username()).build())
                .entity(created).build();
    }

    @PUT
    @Path("users/{username}/roles")
    @RolesAllowed(ADMIN_NAME)
    @Operation(operationId = "assignUserRoles", summary = "Replace a user's roles")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The user with the new roles",
            content = @Content(schema = @Schema(ref = "UserView")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public UserView assignRoles(@PathParam("username") String username, List<String> roles) {
        return users.assignRoles(username, roles(roles));
    }

    @POST
    @Path("users/{username}/disable")
    @RolesAllowed(ADMIN_NAME)
    @Operation(operationId = "disableUser", summary = "Stop a user from signing in")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The user, disabled",
            content = @Content(schema = @Schema(ref = "UserView")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public UserView disable(@PathParam("username") String username) {
        return users.disable(username);
    }

    @POST
    @Path("users/{username}/enable")
    @RolesAllowed(ADMIN_NAME)
    @Operation(operationId = "enableUser", summary = "Let a disabled or locked-out user sign in again")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The user, enabled",
            content = @Content(schema = @Schema(ref = "UserView")))
    public UserView enable(@PathParam("username") String username) {
        return users.enable(username);
    }

    @POST
    @Path("users/{username}/password")
    @RolesAllowed(ADMIN_NAME)
    @Operation(operationId = "resetUserPassword", summary = "Set a new password for a user (also lifts a lock-out)")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(schema = @Schema(ref = "UserView")))
    public UserView resetPassword(@PathParam("username") String username, NewPassword body) {
        new Fields().require(body);
        return users.resetPassword(username, body.password());
    }

    @GET
    @Path("me")
    @PermitAll
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
    @APIResponse(responseCode = "200", description = "The signed-in user",
            content = @Content(schema = @Schema(ref = "UserView")))
    public UserView me() {
        return users.me();
    }

    @PUT
    @Path("me/password")
    @PermitAll
    @Operation(operationId = "changeOwnPassword", summary = "Change your own password")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response changeOwnPassword(PasswordChange body) {
        new Fields().require(body);
        users.changeOwnPassword(body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    private static Set<Role> roles(List<String> names) {
        Fields fields = new Fields();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (int i = 0; i < names.size(); i++) {
                Role role = fields.choice("roles[" + i + "]", Role.class, names.get(i));
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        fields.check();
        return roles;
    }
}
