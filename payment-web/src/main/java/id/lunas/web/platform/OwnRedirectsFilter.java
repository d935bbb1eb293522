package id.lunas.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The container turns a redirect into an absolute address built from the request's Host header;
 * here the back office's redirects keep to {@link Redirects}: relative, or the configured public URL.
 */
@WebFilter(filterName = "OwnRedirectsFilter", urlPatterns = "/*")
public class OwnRedirectsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Redirects redirects;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendRedirect(String location) {
                redirect(location);
            }

            private void redirect(String location) {
                if (isCommitted()) {
                    throw new IllegalStateException("The response is already committed");
                }
                resetBuffer();
                setStatus(SC_FOUND);
                setHeader("Location", redirects.ours(location));
            }
        });
    }
}
