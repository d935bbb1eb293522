package id.lunas.service.user;

import id.lunas.domain.user.Role;
import id.lunas.domain.user.UserAccount;
import java.time.Instant;
import java.util.Set;

/** A user as administrators see them; never the password hash. */
public record UserView(String username, String displayName, Set<Role> roles, boolean enabled, Instant lockedUntil) {

    static UserView of(UserAccount user) {
        return new UserView(user.getUsername(), user.getDisplayName(), Set.copyOf(user.getRoles()), user.isEnabled(),
                user.getLockedUntil());
    }
}
