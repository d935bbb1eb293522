package id.lunas.domain.setting;

import id.lunas.domain.shared.InvalidInputException;

/**
 * The settings Lunas keeps in its database, changed at runtime by the people responsible for them
 * and audited. Each is a whole number within bounds, or empty: "no limit" for the allowances in
 * days, the standard count for the giro risk thresholds.
 */
public enum SettingName {
    /** How many days before its entry a payment date may lie without a reason. */
    BACKDATING_DAYS(0, 3650, "setting.daysOutOfRange"),
    /** How many days a field collection may wait for its handover before it is flagged. */
    HANDOVER_DAYS(0, 365, "setting.daysOutOfRange"),
    /** From how many "kosong" rejections in six months a customer or drawer account is a warning. */
    GIRO_RISK_WARN(1, 99, "setting.countOutOfRange"),
    /** ... needs a second look. */
    GIRO_RISK_VERIFY(1, 99, "setting.countOutOfRange"),
    /** ... is stopped (three: Bank Indonesia's blacklist). */
    GIRO_RISK_BLOCK(1, 99, "setting.countOutOfRange"),
    /** 1: a new giro must give its drawer's account; 0 or empty: it may be left out (older sheets). */
    GIRO_DRAWER_ACCOUNT_REQUIRED(0, 1, "setting.switchOutOfRange");

    private final int min;
    private final int max;
    private final String outOfRangeCode;

    SettingName(int min, int max, String outOfRangeCode) {
        this.min = min;
        this.max = max;
        this.outOfRangeCode = outOfRangeCode;
    }

    /** The value as it is kept: the number without spaces, or null for an empty one. */
    public String normalise(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= min && days <= max) {
                return Integer.toString(days);
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the bounds a person can act on
        }
        throw new InvalidInputException(field, outOfRangeCode, min, max);
    }
}
