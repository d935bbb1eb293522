package id.lunas.web.security;

import id.lunas.domain.user.Role;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.user.CredentialCache;
import id.lunas.service.user.SignInService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Lunas' users and roles, as kept in its own database. Credentials verified in the last minute are
 * answered from the cache here, before any transaction: an API client sends its password with
 * every request, and most of them should cost neither a PBKDF2 check nor a trip to the database.
 */
@ApplicationScoped
public class LunasIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Inject
    CredentialCache remembered;

    @Inject
    BusinessClock clock;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String caller = login.getCaller();
        String password = login.getPasswordAsString();
        if (caller == null || password == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return remembered.lookUp(caller, password, clock.now())
                .or(() -> signIn.verify(caller, password))
                .map(user -> new CredentialValidationResult(user.username(),
                        user.roles().stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
