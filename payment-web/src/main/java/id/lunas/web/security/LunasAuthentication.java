package id.lunas.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How callers prove who they are. The REST API is stateless HTTP Basic over the same identity store
 * as the back office: every request carries its credentials, no session is created, and a refusal
 * is a problem+json 401 with a {@code WWW-Authenticate} challenge. The back office signs in on its
 * sign-in page; the signed-in caller is kept in the HTTP session (with a new session id, against
 * fixation), and pages ask for sign-in by redirecting there.
 */
@ApplicationScoped
public class LunasAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "Lunas";
    static final String SIGN_IN_PAGE = "/login.xhtml";
    private static final String SESSION_CALLER = LunasAuthentication.class.getName() + ".caller";
    private static final String PAGE_ASKED_FOR = LunasAuthentication.class.getName() + ".pageAskedFor";
    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!isApi(request)) {
            return backOffice(request, context);
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.isProtected()
                    ? refuse(response, "Sign in with HTTP Basic: a Lunas user name and password")
                    : context.doNothing();
        }
        UsernamePasswordCredential credential = decode(header.substring(BASIC.length()).strip());
        CredentialValidationResult result = credential == null
                ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return refuse(response, "The user name or password is wrong, or the account is disabled or locked "
                    + "after repeated failures");
        }
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus backOffice(HttpServletRequest request, HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_CALLER, new SessionCaller(
                    result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod())) {
            request.getSession(true).setAttribute(PAGE_ASKED_FOR, request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
    }

    /** The page a user opened before signing in (a bookmark, a shared link), to go on to afterwards, once. */
    public static Optional<String> pageAskedFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PAGE_ASKED_FOR) instanceof String page)) {
            return Optional.empty();
        }
        session.removeAttribute(PAGE_ASKED_FOR);
        return page.startsWith(request.getContextPath() + "/") ? Optional.of(page) : Optional.empty();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** Who signed in to this back-office session. */
    private record SessionCaller(String name, Set<String> roles) implements Serializable {
    }

    /** Writes the 401 ourselves so the client gets problem+json, not the server's HTML error page. */
    private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"https://lunas.id/problems/unauthenticated\",\"title\":"
                    + "\"Sign-in required\",\"status\":401,\"detail\":\"" + detail + "\"}");
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer 401", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
