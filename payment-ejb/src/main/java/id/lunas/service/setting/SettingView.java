package id.lunas.service.setting;

import id.lunas.domain.setting.Setting;
import id.lunas.domain.setting.SettingName;
import java.time.Instant;

/** A setting's value (null: no limit) and who set it last. */
public record SettingView(SettingName name, String value, Instant updatedAt, String updatedBy) {

    static SettingView of(Setting setting) {
        return new SettingView(setting.getName(), setting.getValue(), setting.getUpdatedAt(), setting.getUpdatedBy());
    }
}
