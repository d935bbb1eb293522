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
    @Operation(summary = "All users with their roles and status")
    public List<UserView> list() {
        return users.list();
    }

    @POST
    @Path("users")
    @RolesAllowed(ADMIN_NAME)
    @Operation(summary = "Create a user: username, displayName, password (10+ characters), roles")
    public Response create(NewUser body) {
        new Fields().require(body);
        UserView created = users.create(body.username(), body.displayName(), body.password(), roles(body.roles()));
        return Response.created(uriInfo.getBaseUriBuilder().path("users").path(created.username()).build())
                .entity(created).build();
    }

    @PUT
    @Path("users/{username}/roles")
    @RolesAllowed(ADMIN_NAME)
    @Operation(summary = "Replace a user's roles")
    public UserView assignRoles(@PathParam("username") String username, List<String> roles) {
        return users.assignRoles(username, roles(roles));
    }

    @POST
    @Path("users/{username}/disable")
    @RolesAllowed(ADMIN_NAME)
    @Operation(summary = "Stop a user from signing in")
    public UserView disable(@PathParam("username") String username) {
        return users.disable(username);
    }

    @POST
    @Path("users/{username}/enable")
    @RolesAllowed(ADMIN_NAME)
    @Operation(summary = "Let a disabled or locked-out user sign in again")
    public UserView enable(@PathParam("username") String username) {
        return users.enable(username);
    }

    @POST
    @Path("users/{username}/password")
    @RolesAllowed(ADMIN_NAME)
    @Operation(summary = "Set a new password for a user (also lifts a lock-out)")
    public UserView resetPassword(@PathParam("username") String username, NewPassword body) {
        new Fields().require(body);
        return users.resetPassword(username, body.password());
    }

    @GET
    @Path("me")
    @PermitAll
    @Operation(summary = "The signed-in user")
    public UserView me() {
        return users.me();
    }

    @PUT
    @Path("me/password")
    @PermitAll
    @Operation(summary = "Change your own password")
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
