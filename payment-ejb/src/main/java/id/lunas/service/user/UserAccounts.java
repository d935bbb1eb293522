package id.lunas.service.user;

import id.lunas.domain.user.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds user accounts by name, in the caller's transaction. */
@ApplicationScoped
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> find(String username, LockModeType lock) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }
}
