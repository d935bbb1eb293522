package id.lunas.web.platform.api;

import id.lunas.domain.shared.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;

/**
 * How the API answers for code-keyed master data (customers, bank accounts, and what later features
 * add): a record by its code or 404, 201 with the new record's address, and a PUT whose body may not
 * rename the record. {@code kind} names the refusals, e.g. {@code customer.notFound}.
 */
public final class MasterDataAnswers {

    private MasterDataAnswers() {
    }

    public static <V> V found(Optional<V> record, String kind, String code) {
        return record.orElseThrow(() -> NotFoundException.of(kind + ".notFound", code));
    }

    public static Response created(UriInfo uriInfo, String code, Object record) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(code).build()).entity(record).build();
    }

    /** The code a PUT is about: the address's, which a body may repeat but not change. */
    public static String pathCode(String fromPath, String fromBody) {
        return PathKeys.agree("code", fromPath, fromBody);
    }
}
