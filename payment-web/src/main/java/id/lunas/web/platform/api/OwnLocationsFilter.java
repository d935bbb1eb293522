package id.lunas.web.platform.api;

import id.lunas.web.platform.Redirects;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS builds a new record's Location from the request's Host header; it goes out as one of ours. */
@Provider
public class OwnLocationsFilter implements ContainerResponseFilter {

    @Inject
    Redirects redirects;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, redirects.ours(location.toString()));
        }
    }
}
