package id.lunas.domain.setting;

import id.lunas.domain.audit.AdministrationAction;
import id.lunas.domain.audit.AdministrationEvent;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.BackdatingAllowance;
import id.lunas.domain.shared.ChangeContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/** One setting's current value; each change is an {@link AdministrationEvent}. */
@Entity
@Table(name = "lunas_setting")
public class Setting extends Audited {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "name", length = 40)
    private SettingName name;

    @Column(name = "setting_value", length = 200)
    private String value;

    protected Setting() {
    }

    /** Settings are created empty by the schema migration; this serves tests of the rules. */
    Setting(SettingName name, ChangeContext change) {
        this.name = name;
        markCreated(change);
    }

    /** Sets the value; nothing happens, and nothing is kept, when it is the value already. */
    public Optional<AdministrationEvent> change(String newValue, ChangeContext change) {
        String normalised = name.normalise("value", newValue);
        if (Objects.equals(normalised, value)) {
            return Optional.empty();
        }
        AdministrationEvent event = new AdministrationEvent(change, AdministrationAction.SETTING_CHANGED, name.name(),
                value, normalised);
        value = normalised;
        markUpdated(change);
        return Optional.of(event);
    }

    /** Read as the backdating allowance; only meaningful for {@link SettingName#BACKDATING_DAYS}. */
    public BackdatingAllowance asBackdatingAllowance() {
        return new BackdatingAllowance(value == null ? null : Integer.valueOf(value));
    }

    public SettingName getName() {
        return name;
    }

    public String getValue() {
        return value;
    }
}
