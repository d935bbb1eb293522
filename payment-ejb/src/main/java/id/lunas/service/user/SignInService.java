package id.lunas.service.user;

import id.lunas.domain.user.UserAccount;
import id.lunas.service.platform.BusinessClock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a user name and password against the account and remembers a success in the
 * {@link CredentialCache} (which callers ask first). Each failure counts towards the lock-out in
 * its own transaction, so it is recorded even though the sign-in is refused.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInService {

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    CredentialCache cache;

    @Inject
    BusinessClock clock;

    public Optional<SignedIn> verify(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Instant now = clock.now();
        Optional<UserAccount> found = accounts.find(username, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty() || !found.get().maySignIn(now)) {
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (!hashing.matches(password, user.getPasswordHash())) {
            user.signInFailed(now);
            if (!user.maySignIn(now)) {
                cache.forget(username);
            }
            return Optional.empty();
        }
        user.signedIn();
        SignedIn signedIn = new SignedIn(user.getUsername(), java.util.Set.copyOf(user.getRoles()));
        cache.remember(username, password, signedIn, now);
        return Optional.of(signedIn);
    }
}
