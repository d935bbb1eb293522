package id.lunas.web.security.faces;

import id.lunas.service.user.UserAccountService;
import id.lunas.web.platform.faces.Language;
import id.lunas.web.platform.faces.Messages;
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
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    private String username;
    private String password;

    public String signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password == null ? "" : password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            accounts.languageOf(username.strip()).ifPresent(language::use);
            Optional<String> asked = LunasAuthentication.pageAskedFor((HttpServletRequest) external.getRequest());
            if (asked.isPresent()) {
                external.redirect(asked.get());
                return null;
            }
            return "/index?faces-redirect=true";
        }
        faces.addMessage("signIn:password", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text("signIn.refused"), null));
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
