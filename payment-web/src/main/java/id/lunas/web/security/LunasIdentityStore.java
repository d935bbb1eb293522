package id.lunas.web.security;

import id.lunas.domain.user.Role;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.user.CredentialCache;
import id.lunas.service.user.SignInResult;
import id.lunas.service.user.SignInService;
import id.lunas.service.user.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
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
        if (!(credential instanceof ClientCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String caller = login.getCaller();
        String password = login.getPasswordAsString();
        if (caller == null || caller.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<SignedIn> user = remembered.lookUp(caller, password, clock.now());
        if (user.isEmpty()) {
            SignInResult result = signIn.verify(caller, password, login.address());
            result.throttledUntil().ifPresent(login::throttledUntil);
            user = result.signedIn();
        }
        return user.map(LunasIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    static CredentialValidationResult valid(SignedIn user) {
        return new CredentialValidationResult(user.username(),
                user.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
