package id.lunas.service.credit;

import id.lunas.domain.credit.RiskLevel;
import java.math.BigDecimal;

/** A customer the dashboard points at: "kosong" rejections in the window, or owing more than the limit. */
public record CustomerAtRisk(String customerCode, String customerName, int kosongInWindow, RiskLevel riskLevel,
                             BigDecimal exposure, BigDecimal creditLimit, boolean overLimit) {
}
