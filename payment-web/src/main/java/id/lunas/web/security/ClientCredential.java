package id.lunas.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.Instant;
import java.util.Optional;

/**
 * A user name and password as one client sent them, with the client's address: failed sign-ins are
 * counted per address too. The identity store notes here when the client has to wait before trying
 * again, so the answer can say how long.
 */
public final class ClientCredential extends UsernamePasswordCredential {

    private final String address;
    private Instant throttledUntil;

    public ClientCredential(String caller, String password, String address) {
        super(caller, password == null ? "" : password);
        this.address = address;
    }

    public String address() {
        return address;
    }

    void throttledUntil(Instant until) {
        throttledUntil = until;
    }

    public Optional<Instant> throttledUntil() {
        return Optional.ofNullable(throttledUntil);
    }
}
