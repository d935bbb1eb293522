package id.lunas.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request really comes from, for throttling sign-ins and for the log. Behind a load
 * balancer every request comes from the balancer, so the addresses it adds in X-Forwarded-For count,
 * but only when the request comes from a proxy the operator named ({@code lunas.trusted-proxies});
 * anyone else could write any address there.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "lunas.trusted-proxies")
    Optional<String> trustedProxies;

    private Set<String> trusted;

    @PostConstruct
    void init() {
        trusted = trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(address -> !address.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }

    public String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted.contains(address)) {
            return address;
        }
        // the nearest hop the trusted proxies did not add themselves is the client
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop.length() > 45 ? hop.substring(0, 45) : hop;
            }
        }
        return address;
    }
}
