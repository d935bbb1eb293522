package id.lunas.web.platform.api;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the served API description so that standard linters and client generators accept it.
 * Named by {@code mp.openapi.filter} in this module's microprofile-config.properties.
 */
public class ApiDescriptionFilter implements OASFilter {

    static final String UNAUTHORIZED = "#/components/responses/Unauthorized";

    /** Every operation signs in, so every operation can answer 401; saying it once here keeps it true. */
    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses != null && !responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().ref(UNAUTHORIZED));
        }
        return operation;
    }

    /**
     * Payara 6.2025.9 adds a root property {@code endpoints} that OpenAPI 3.0 does not allow (later
     * Payara releases rename it {@code x-endpoints}, FISH-12303); its writer leaves out empty maps.
     */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, Map.of());
        } catch (NoSuchMethodException notThisPayara) {
            // a Payara without the property: nothing to remove
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot remove Payara's endpoints property", e);
        }
    }
}
