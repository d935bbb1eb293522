package id.lunas.service.platform;

import id.lunas.domain.shared.MasterRecord;
import id.lunas.domain.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Keeps one kind of code-keyed master data in the caller's transaction: add under a new code,
 * update by code, look up by code (from the shared cache once read, by the cache index on code)
 * and list by code. Refusals name the kind: {@code <kind>.duplicate}, {@code <kind>.notFound}.
 */
public final class MasterRecords<E extends MasterRecord<D>, D extends MasterRecord.Details> {

    private final EntityManager em;
    private final Class<E> type;
    private final String kind;

    public MasterRecords(EntityManager em, Class<E> type, String kind) {
        this.em = em;
        this.type = type;
        this.kind = kind;
    }

    public E add(E record) {
        if (find(record.getCode()).isPresent()) {
            throw new DuplicateException("code", kind + ".duplicate", record.getCode());
        }
        em.persist(record);
        return record;
    }

    public E update(String code, D details, id.lunas.domain.shared.ChangeContext change) {
        E record = require(code);
        record.update(details, change);
        return record;
    }

    public Optional<E> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.code = :code", type)
                .setParameter("code", code.strip())
                // a single-object query by the cache-indexed code: answered from the shared cache once read
                .setHint("eclipselink.query-type", "ReadObject")
                .getResultStream().findFirst();
    }

    /** The record with this code, or a 404-kind refusal. */
    public E require(String code) {
        return find(code).orElseThrow(() -> NotFoundException.of(kind + ".notFound", code));
    }

    public List<E> list() {
        return em.createQuery("select r from " + type.getSimpleName() + " r order by r.code", type).getResultList();
    }
}
