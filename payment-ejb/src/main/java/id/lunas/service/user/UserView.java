package id.lunas.service.user;

import id.lunas.domain.user.Role;
import id.lunas.domain.user.UserAccount;
import java.util.Set;

/** A user as administrators see them; never the password hash. */
public record UserView(String username, String displayName, Set<Role> roles, boolean enabled) {

    static UserView of(UserAccount user) {
        return new UserView(user.getUsername(), user.getDisplayName(), Set.copyOf(user.getRoles()), user.isEnabled());
    }
}
