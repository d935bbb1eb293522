package id.lunas.service.user;

import java.time.Instant;
import java.util.Optional;

/** What a sign-in attempt came to: the user, a refusal, or a refusal because the client must wait. */
public record SignInResult(SignedIn user, Instant retryAt) {

    static final SignInResult REFUSED = new SignInResult(null, null);

    static SignInResult accepted(SignedIn user) {
        return new SignInResult(user, null);
    }

    static SignInResult throttled(Instant retryAt) {
        return new SignInResult(null, retryAt);
    }

    public Optional<SignedIn> signedIn() {
        return Optional.ofNullable(user);
    }

    /** When the client may try again, if it was refused for trying too often. */
    public Optional<Instant> throttledUntil() {
        return Optional.ofNullable(retryAt);
    }
}
