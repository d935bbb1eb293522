package id.lunas.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * One JSON line per request (method, path, status, duration, user) so an operator can grep or ship
 * the log. The query string is left out: it may carry customer names.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLogFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger("id.lunas.request");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - started) / 1_000;
            String user = request.getRemoteUser();
            LOG.info(() -> "{\"event\":\"http\",\"method\":\"" + request.getMethod() + "\",\"path\":\""
                    + json(request.getRequestURI()) + "\",\"status\":" + response.getStatus()
                    + ",\"durationMs\":" + (micros / 1000.0) + ",\"user\":"
                    + (user == null ? "null" : "\"" + json(user) + "\"") + "}");
        }
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
