package id.lunas.service.setting;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_MANAGER_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.setting.Setting;
import id.lunas.domain.setting.SettingName;
import id.lunas.service.credit.RiskSettings;
import id.lunas.service.platform.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings kept in the database: read by everyone who reads the figures, changed by a finance
 * manager or an administrator, every change kept in the administration history.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_MANAGER_NAME})
public class SettingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    RiskSettings riskSettings;

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
    public List<SettingView> list() {
        return Arrays.stream(SettingName.values()).map(name -> SettingView.of(em.find(Setting.class, name))).toList();
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME})
    public SettingView get(SettingName name) {
        return SettingView.of(em.find(Setting.class, name));
    }

    /** Under a lock on the setting, so two changes at once are kept in the order they happened. */
    public SettingView change(SettingName name, String value) {
        return changeAll(Map.of(name, value == null ? "" : value)).get(0);
    }

    /**
     * Several settings in one transaction, in name order (so locks are always taken in one order),
     * each change in the history; the giro risk thresholds must still rise together at the end, or
     * nothing is changed.
     */
    public List<SettingView> changeAll(Map<SettingName, String> values) {
        List<SettingView> changed = new ArrayList<>();
        for (SettingName name : new TreeMap<>(values).keySet()) {
            Setting setting = em.find(Setting.class, name, LockModeType.PESSIMISTIC_WRITE);
            setting.change(values.get(name), changes.current()).ifPresent(em::persist);
            changed.add(SettingView.of(setting));
        }
        riskSettings.thresholds();
        em.flush();
        return changed;
    }
}
