package id.lunas.service.user;

import id.lunas.domain.user.Role;
import java.io.Serializable;
import java.util.Set;

/** Who passed the password check, the roles they hold and the account's security stamp at that moment. */
public record SignedIn(String username, Set<Role> roles, long stamp) implements Serializable {
}
