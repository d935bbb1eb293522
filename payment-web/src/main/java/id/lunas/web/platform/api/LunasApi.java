package id.lunas.web.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Lunas API", version = "1",
        description = "Customer payments and giro follow-up. Every call signs in with HTTP Basic (a Lunas user); "
                + "errors are application/problem+json (RFC 9457); validation problems list the refused fields "
                + "in 'errors'."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class LunasApi extends Application {

    /**
     * Makes Jersey honour @RolesAllowed on the resources, and leave a Location as Lunas writes it:
     * Jersey would otherwise make it absolute from the request's Host header (see OwnLocationsFilter).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
                "jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
