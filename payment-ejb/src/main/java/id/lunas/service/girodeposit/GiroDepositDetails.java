package id.lunas.service.girodeposit;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.girodeposit.GiroDepositStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A deposit with its giros, as its page, its slip and {@code GET /api/giro-deposits/{number}} show it. */
public record GiroDepositDetails(String number, String bankAccountCode, String bankName, String accountNumber,
                                 String accountName, LocalDate depositDate, GiroDepositStatus status, int giroCount,
                                 BigDecimal totalAmount, LocalDate closedDate, LocalDate cancelledDate,
                                 Instant createdAt, String createdBy, List<DepositedGiro> giros) {

    /** One giro on the deposit and what the bank made of it so far. */
    public record DepositedGiro(String paymentNumber, String customerCode, String customerName, String giroNumber,
                                String drawerBank, String drawerName, LocalDate effectiveDate, BigDecimal amount,
                                PaymentStatus status, LocalDate resolvedDate, LocalDate rejectedDate) {

        static DepositedGiro of(CustomerPayment p) {
            return new DepositedGiro(p.getNumber(), p.getCustomer().getCode(), p.getCustomer().getName(),
                    p.getGiro().getNumber(), p.getGiro().getDrawerBank(), p.getGiro().getDrawerName(),
                    p.getGiro().getEffectiveDate(), p.getAmount().setScale(2), p.getStatus(), p.getResolvedDate(),
                    p.getRejection() == null ? null : p.getRejection().getDate());
        }
    }

    static GiroDepositDetails of(GiroDeposit d, List<CustomerPayment> giros) {
        BankAccount account = d.getBankAccount();
        return new GiroDepositDetails(d.getNumber(), account.getCode(), account.getBankName(),
                account.getAccountNumber(), account.getAccountName(), d.getDepositDate(), d.getStatus(),
                d.getGiroCount(), d.getTotalAmount().setScale(2), d.getClosedDate(), d.getCancelledDate(),
                d.getCreatedAt(), d.getCreatedBy(), giros.stream().map(DepositedGiro::of).toList());
    }
}
