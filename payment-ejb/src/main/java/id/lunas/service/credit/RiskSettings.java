package id.lunas.service.credit;

import id.lunas.domain.credit.RiskThresholds;
import id.lunas.domain.setting.Setting;
import id.lunas.domain.setting.SettingName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The giro risk thresholds as the settings have them (the standard ones where a setting is empty),
 * and whether new giros must give their drawer's account.
 */
@ApplicationScoped
public class RiskSettings {

    @PersistenceContext
    EntityManager em;

    public RiskThresholds thresholds() {
        return new RiskThresholds(value(SettingName.GIRO_RISK_WARN, RiskThresholds.STANDARD.warn()),
                value(SettingName.GIRO_RISK_VERIFY, RiskThresholds.STANDARD.verify()),
                value(SettingName.GIRO_RISK_BLOCK, RiskThresholds.STANDARD.block()));
    }

    /** Whether a new giro must give its drawer's account (setting GIRO_DRAWER_ACCOUNT_REQUIRED is 1). */
    public boolean drawerAccountRequired() {
        return value(SettingName.GIRO_DRAWER_ACCOUNT_REQUIRED, 0) == 1;
    }

    private int value(SettingName name, int standard) {
        Setting setting = em.find(Setting.class, name);
        return setting == null || setting.getValue() == null ? standard : Integer.parseInt(setting.getValue());
    }
}
