package id.lunas.web.security.faces;

import id.lunas.domain.shared.Message;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.user.UserAccountService;
import id.lunas.web.platform.ClientAddresses;
import id.lunas.web.platform.faces.Language;
import id.lunas.web.platform.faces.Messages;
import id.lunas.web.security.ClientCredential;
import id.lunas.web.security.LunasAuthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The sign-in page and the sign-out link. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    UserAccountService accounts;

    @Inject
    Language language;

    @Inject
    ClientAddresses addresses;

    @Inject
    BusinessClock clock;

    private String username;
    private String password;

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        ClientCredential credential = new ClientCredential(username == null ? "" : username.strip(), password,
                addresses.of(request));
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            accounts.languageOf(credential.getCaller()).ifPresent(language::use);
            Optional<String> asked = LunasAuthentication.pageAskedFor(request);
            if (asked.isPresent()) {
                external.redirect(asked.get());
                return null;
            }
            return "/index?faces-redirect=true";
        }
        String refusal = credential.throttledUntil()
                .map(until -> Message.of("signIn.throttled", Math.max(1, Duration.between(clock.now(), until)
                        .toSeconds() + 1)).in(faces.getViewRoot().getLocale()))
                .orElseGet(() -> Messages.text("signIn.refused"));
        faces.addMessage("signIn:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal, null));
        return null;
    }

    public String signOut() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
