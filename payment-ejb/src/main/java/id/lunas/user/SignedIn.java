package id.lunas.user;

import java.util.Set;

/** Who passed the password check, and the roles they hold. */
public record SignedIn(String username, Set<Role> roles) {
}
