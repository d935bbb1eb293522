package id.lunas.web.books.api;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_MANAGER_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.service.books.BooksService;
import id.lunas.service.books.BooksView;
import id.lunas.web.platform.api.Fields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/books")
@RequestScoped
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Books", description = "Month-end: the books closed through a date")
public class BooksResource {

    /** {@code POST /api/books/close} and {@code /reopen}; reopen needs a reason and may leave the date empty. */
    public record BooksBody(String closedThrough, String reason) {
    }

    @Inject
    BooksService books;

    @GET
    @Operation(operationId = "getBooks", summary = "The date the books are closed through, and how it moved")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The books",
            content = @Content(schema = @Schema(ref = "BooksView")))
    public BooksView get() {
        return books.view();
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_MANAGER_NAME})
    @POST
    @Path("close")
    @Operation(operationId = "closeBooks",
            summary = "Close the books through a day that has ended: every change dated on or before it is refused")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(ref = "BooksView")))
    public BooksView close(BooksBody body) {
        Fields fields = new Fields();
        fields.require(body);
        var through = fields.date("closedThrough", body.closedThrough());
        fields.check();
        return books.close(through);
    }

    @RolesAllowed(ADMIN_NAME)
    @POST
    @Path("reopen")
    @Operation(operationId = "reopenBooks",
            summary = "Move the closing date back (or clear it) with a reason; the move is kept in the history")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "200", description = "Reopened",
            content = @Content(schema = @Schema(ref = "BooksView")))
    public BooksView reopen(BooksBody body) {
        Fields fields = new Fields();
        fields.require(body);
        var through = fields.date("closedThrough", body.closedThrough());
        fields.check();
        return books.reopen(through, body.reason());
    }
}
