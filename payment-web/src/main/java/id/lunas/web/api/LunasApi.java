package id.lunas.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Lunas API", version = "1",
        description = "Customer payments and giro follow-up. Errors are application/problem+json (RFC 9457); "
                + "validation problems list the refused fields in 'errors'."))
public class LunasApi extends Application {
}
