package id.lunas.service.user;

import id.lunas.domain.user.Role;
import java.util.Set;

/** Who passed the password check, and the roles they hold. */
public record SignedIn(String username, Set<Role> roles) {
}
