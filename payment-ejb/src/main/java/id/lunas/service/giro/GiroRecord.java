package id.lunas.service.giro;

import id.lunas.domain.customerpayment.RejectionReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer's history with giros, to look at before accepting another one: repeated
 * "kosong" (insufficient funds) rejections put a drawer on Bank Indonesia's blacklist.
 */
public record GiroRecord(String customerCode, String customerName, long received, long cleared, long active,
                         long inHand, long deposited, long inClearing,
                         long rejected, long insufficientFundsLastSixMonths, long currentlyOverdue,
                         List<Rejected> rejections) {

    public record Rejected(String number, String giroNumber, String drawerBank, BigDecimal amount,
                           LocalDate rejectedDate, RejectionReason reason, boolean insufficientFundsLastSixMonths) {
    }
}
