package id.lunas.web.security;

import id.lunas.domain.shared.LocaleFormats;
import id.lunas.domain.shared.Message;
import id.lunas.domain.user.Role;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.user.CredentialCache;
import id.lunas.service.user.SignedIn;
import id.lunas.web.platform.ClientAddresses;
import id.lunas.web.platform.Redirects;
import id.lunas.web.platform.SecurityHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How callers prove who they are. The REST API is stateless HTTP Basic over the same identity store
 * as the back office: every request carries its credentials, no session is created, and a refusal
 * is a problem+json 401 with a {@code WWW-Authenticate} challenge (429 with {@code Retry-After} when
 * the client has failed too often). The back office signs in on its sign-in page; the session keeps
 * who signed in (with a new session id, against fixation), and every request is authorized against
 * the account as it is now: a user disabled meanwhile is signed out, a user whose roles changed has
 * the new ones. Pages ask for sign-in by redirecting there.
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

    @Inject
    CredentialCache accounts;

    @Inject
    BusinessClock clock;

    @Inject
    ClientAddresses addresses;

    @Inject
    Redirects redirects;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        return isApi(request) ? api(request, response, context) : backOffice(request, response, context);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return context.isProtected() ? refuse(request, response, Message.of("signIn.basicRequired"), null)
                    : context.doNothing();
        }
        ClientCredential credential = decode(header.substring(BASIC.length()).strip(), addresses.of(request));
        CredentialValidationResult result = credential == null ? CredentialValidationResult.INVALID_RESULT
                : identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        Optional<Instant> wait = credential == null ? Optional.empty() : credential.throttledUntil();
        return wait.isPresent()
                ? refuse(request, response, Message.of("signIn.throttled", secondsUntil(wait.get())), wait.get())
                : refuse(request, response, Message.of("signIn.refusedApi"), null);
    }

    private AuthenticationStatus backOffice(HttpServletRequest request, HttpServletResponse response,
                                            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            return signIn(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SessionCaller caller) {
            Optional<SignedIn> now = accounts.current(caller.name(), clock.now());
            if (now.isPresent()) {
                if (now.get().stamp() != caller.stamp()) {
                    session.setAttribute(SESSION_CALLER, SessionCaller.of(now.get()));
                }
                return context.notifyContainerAboutLogin(caller.name(), roleNames(now.get()));
            }
            // disabled (or gone) since signing in: this session ends here
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if ("GET".equals(request.getMethod()) && Redirects.isOwnPath(asked)) {
            request.getSession(true).setAttribute(PAGE_ASKED_FOR, asked);
        }
        return toSignInPage(request, response);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String name = result.getCallerPrincipal().getName();
        Optional<SignedIn> account = accounts.current(name, clock.now());
        if (account.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_CALLER, SessionCaller.of(account.get()));
        return context.notifyContainerAboutLogin(result);
    }

    /** The page a user opened before signing in (a bookmark, a shared link), to go on to afterwards, once. */
    public static Optional<String> pageAskedFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PAGE_ASKED_FOR) instanceof String page)) {
            return Optional.empty();
        }
        session.removeAttribute(PAGE_ASKED_FOR);
        return page.startsWith(request.getContextPath() + "/") && Redirects.isOwnPath(page)
                ? Optional.of(page) : Optional.empty();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * A relative redirect (or the configured public URL), never one built from the Host header; a
     * Faces AJAX request gets the redirect as a partial response, which its script follows.
     */
    private AuthenticationStatus toSignInPage(HttpServletRequest request, HttpServletResponse response) {
        String location = redirects.location(request.getContextPath() + SIGN_IN_PAGE);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                        + "<redirect url=\"" + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/>"
                        + "</partial-response>");
            } else {
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader("Location", location);
            }
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Could not send the browser to the sign-in page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static ClientCredential decode(String encoded, String address) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new ClientCredential(pair.substring(0, colon), pair.substring(colon + 1), address);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static Set<String> roleNames(SignedIn user) {
        return user.roles().stream().map(Role::name).collect(Collectors.toSet());
    }

    private long secondsUntil(Instant until) {
        return Math.max(1, Duration.between(clock.now(), until).toSeconds() + 1);
    }

    /** Who signed in to this back-office session, with the account's security stamp at that moment. */
    private record SessionCaller(String name, long stamp) implements Serializable {

        static SessionCaller of(SignedIn user) {
            return new SessionCaller(user.username(), user.stamp());
        }
    }

    /** Writes the 401 (or 429) ourselves so the client gets problem+json in its language, not an HTML page. */
    private AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response, Message detail,
                                        Instant retryAt) {
        Locale language = LocaleFormats.supported(request.getLocale());
        int status = retryAt == null ? HttpServletResponse.SC_UNAUTHORIZED : 429;
        String slug = retryAt == null ? "unauthenticated" : "too-many-attempts";
        try {
            response.setStatus(status);
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            if (retryAt != null) {
                response.setHeader("Retry-After", Long.toString(secondsUntil(retryAt)));
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("type", "https://lunas.id/problems/" + slug)
                    .add("title", Message.of("problem." + slug).in(language))
                    .add("status", status)
                    .add("detail", detail.in(language))
                    .add("code", detail.code())
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("Could not answer " + status, e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
