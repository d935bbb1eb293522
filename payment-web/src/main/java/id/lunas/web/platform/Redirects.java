package id.lunas.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Lunas sends a browser or names a new record: always a path of its own. With
 * {@code lunas.public-url} set (e.g. {@code https://lunas.example.co.id}) the address starts with
 * it; otherwise it is relative, never built from the request's Host header, which a client chooses.
 */
@ApplicationScoped
public class Redirects {

    @Inject
    @ConfigProperty(name = "lunas.public-url")
    Optional<String> publicUrl;

    /** The Location for a path of this application, e.g. {@code /login.xhtml}. */
    public String location(String path) {
        return publicUrl.map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + path)
                .orElse(path);
    }

    /** A Location someone else built (the container, JAX-RS), made one of ours: its path and query only. */
    public String ours(String location) {
        URI uri = URI.create(location);
        if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
            return location;
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return location(path);
    }

    /**
     * Whether a page to return to after signing in is one of ours: a path that starts with one slash
     * (not "//host" or "/\host", which browsers read as another site) and has no control characters.
     */
    public static boolean isOwnPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
            return false;
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7F || c == '\\');
    }
}
