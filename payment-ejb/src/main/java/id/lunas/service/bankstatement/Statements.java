package id.lunas.service.bankstatement;

import id.lunas.domain.bankstatement.BankStatement;
import id.lunas.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds a statement by id for the services of this package, in the caller's transaction. */
@ApplicationScoped
public class Statements {

    @PersistenceContext
    EntityManager em;

    public BankStatement require(long id) {
        BankStatement statement = em.find(BankStatement.class, id);
        if (statement == null) {
            throw NotFoundException.of("statement.notFound", String.valueOf(id));
        }
        return statement;
    }
}
