package id.lunas.domain.audit;

import id.lunas.domain.shared.ChangeContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to who may do what, or to a setting: who made it, when, on which user or setting,
 * and the value before and after. Kept for the auditor next to the payments' own history.
 */
@Entity
@Table(name = "administration_event")
public class AdministrationEvent {

    static final int VALUE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 100)
    private String user;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private AdministrationAction action;

    @Column(name = "subject", nullable = false, length = 100)
    private String subject;

    @Column(name = "from_value", length = VALUE_LENGTH)
    private String fromValue;

    @Column(name = "to_value", length = VALUE_LENGTH)
    private String toValue;

    protected AdministrationEvent() {
    }

    public AdministrationEvent(ChangeContext change, AdministrationAction action, String subject, String fromValue,
                               String toValue) {
        this.at = change.at();
        this.user = change.user();
        this.action = action;
        this.subject = subject;
        this.fromValue = fromValue;
        this.toValue = toValue;
    }

    public Instant getAt() {
        return at;
    }

    public String getUser() {
        return user;
    }

    public AdministrationAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }
}
