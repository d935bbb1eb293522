package id.lunas.service.customerpayment;

import id.lunas.domain.collection.CollectionList;
import id.lunas.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds the collection list a collection names, with its lines, in the caller's transaction. */
@ApplicationScoped
public class CollectionLists {

    @PersistenceContext
    EntityManager em;

    public CollectionList require(String number) {
        return em.createQuery("select l from CollectionList l where l.number = :number", CollectionList.class)
                .setParameter("number", number)
                .setHint("eclipselink.batch", "l.lines.invoice")
                .getResultStream().findFirst()
                .orElseThrow(() -> NotFoundException.of("collectionList.notFound", number));
    }
}
