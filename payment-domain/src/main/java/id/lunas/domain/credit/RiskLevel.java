package id.lunas.domain.credit;

/** What a count of "kosong" rejections says, by the thresholds: nothing, a warning, a second look, a stop. */
public enum RiskLevel {
    NONE, WARN, VERIFY, BLOCK
}
