package id.lunas.web.platform.faces;

import id.lunas.domain.shared.LocaleFormats;
import id.lunas.service.user.UserAccountService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The back office's language: English or Bahasa Indonesia. A signed-in user's choice is kept with
 * their account, so it follows them to any browser; it is also remembered in a cookie for a year,
 * so it holds on the sign-in page. Without either, the browser's preference decides.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String COOKIE = "lunas-language";
    static final Locale INDONESIAN = LocaleFormats.INDONESIAN;
    private static final List<Locale> SUPPORTED = LocaleFormats.SUPPORTED;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    transient UserAccountService accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = remembered(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Each language in its own words, as people look for it. */
    public String nameOf(Locale language) {
        return INDONESIAN.equals(language) ? "Bahasa Indonesia" : "English";
    }

    /** Switches, remembers the choice for a signed-in user, and reloads the page so every text and number follows. */
    public void switchTo(String tag) throws IOException {
        use(tag);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getUserPrincipal() != null) {
            accounts.chooseLanguage(locale.getLanguage());
        }
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        external.redirect(external.getRequestContextPath() + external.getRequestServletPath()
                + (query == null ? "" : "?" + query));
    }

    /** Uses this language from now on in this browser (a cookie for a year). */
    public void use(String tag) {
        locale = supported(tag);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.addResponseCookie(COOKIE, locale.getLanguage(), Map.of("maxAge", ONE_YEAR, "path",
                external.getRequestContextPath() + "/", "httpOnly", true, "SameSite", "Strict"));
        if (faces.getViewRoot() != null) {
            faces.getViewRoot().setLocale(locale);
        }
    }

    private static Locale remembered(ExternalContext external) {
        Object cookie = external.getRequestCookieMap().get(COOKIE);
        if (cookie instanceof jakarta.servlet.http.Cookie remembered) {
            return supported(remembered.getValue());
        }
        try {
            Locale browser = Locale.lookup(Locale.LanguageRange.parse(header(external)), SUPPORTED);
            return browser == null ? Locale.ENGLISH : browser;
        } catch (IllegalArgumentException malformedHeader) {
            return Locale.ENGLISH;
        }
    }

    private static String header(ExternalContext external) {
        String accept = external.getRequestHeaderMap().get("Accept-Language");
        return accept == null || accept.isBlank() ? "en" : accept;
    }

    static Locale supported(String tag) {
        return INDONESIAN.getLanguage().equals(tag) ? INDONESIAN : Locale.ENGLISH;
    }
}
