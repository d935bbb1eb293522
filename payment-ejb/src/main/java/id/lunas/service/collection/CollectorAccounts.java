package id.lunas.service.collection;

import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Texts;
import id.lunas.domain.user.Role;
import id.lunas.domain.user.UserAccount;
import id.lunas.service.user.UserAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The collectors a list or a handover can be for: enabled user accounts with the COLLECTOR role. */
@ApplicationScoped
public class CollectorAccounts {

    @Inject
    UserAccounts users;

    @PersistenceContext
    EntityManager em;

    public String require(String field, String username) {
        String name = Texts.required(field, username, 100);
        return users.find(name, LockModeType.NONE)
                .filter(user -> user.isEnabled() && user.getRoles().contains(Role.COLLECTOR))
                .map(UserAccount::getUsername)
                .orElseThrow(() -> new InvalidInputException(field, "collectionList.notCollector", name));
    }

    /** Every enabled collector's user name, for the screens' choices. */
    public List<String> names() {
        return em.createQuery("select u from UserAccount u where u.enabled = true order by u.username",
                        UserAccount.class)
                .getResultStream().filter(user -> user.getRoles().contains(Role.COLLECTOR))
                .map(UserAccount::getUsername).toList();
    }
}
