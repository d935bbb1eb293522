package id.lunas.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Master data the ERP owns and names by a code (customers, company bank accounts, and what later
 * features add): created once under its code, then updated with new details; the code never changes.
 * Subclasses say what their details are and how they are checked.
 */
@MappedSuperclass
public abstract class MasterRecord<D extends MasterRecord.Details> extends Audited {

    public static final int CODE_LENGTH = 32;

    /** What the ERP may set on a record besides its code. */
    public interface Details {
        boolean active();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = CODE_LENGTH)
    private String code;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected MasterRecord() {
    }

    /** Gives a new record its code and first details; call from the subclass's factory. */
    protected final void start(String newCode, D details, ChangeContext change) {
        code = Texts.required("code", newCode, CODE_LENGTH);
        apply(details);
        active = details.active();
        markCreated(change);
    }

    public final void update(D details, ChangeContext change) {
        apply(details);
        active = details.active();
        markUpdated(change);
    }

    /** Checks and takes the subclass's own details. */
    protected abstract void apply(D details);

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
    }
}
