package id.lunas.domain.credit;

import id.lunas.domain.shared.InvalidInputException;

/**
 * From how many "kosong" rejections in the window a drawer is a warning, needs a second look, or
 * is stopped. The standard thresholds end at three: the count at which Bank Indonesia puts a
 * drawer on its national blacklist (Daftar Hitam Nasional).
 */
public record RiskThresholds(int warn, int verify, int block) {

    public static final RiskThresholds STANDARD = new RiskThresholds(1, 2, 3);

    public RiskThresholds {
        if (warn < 1 || verify < warn || block < verify) {
            throw new InvalidInputException("value", "risk.thresholdsOrder", warn, verify, block);
        }
    }

    public RiskLevel levelOf(long rejections) {
        if (rejections >= block) {
            return RiskLevel.BLOCK;
        }
        if (rejections >= verify) {
            return RiskLevel.VERIFY;
        }
        return rejections >= warn ? RiskLevel.WARN : RiskLevel.NONE;
    }
}
