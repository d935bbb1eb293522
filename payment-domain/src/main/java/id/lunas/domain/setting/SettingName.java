package id.lunas.domain.setting;

import id.lunas.domain.shared.InvalidInputException;

/**
 * The settings Lunas keeps in its database, changed at runtime by the people responsible for them
 * and audited. Each is a whole number of days within bounds, or empty for "no limit".
 */
public enum SettingName {
    /** How many days before its entry a payment date may lie without a reason. */
    BACKDATING_DAYS(0, 3650),
    /** How many days a field collection may wait for its handover before it is flagged. */
    HANDOVER_DAYS(0, 365);

    private final int min;
    private final int max;

    SettingName(int min, int max) {
        this.min = min;
        this.max = max;
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
        throw new InvalidInputException(field, "setting.daysOutOfRange", min, max);
    }
}
