package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.giro.Giro;
import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.girodeposit.GiroPlace;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about one payment, as the detail screen and {@code GET /api/payments/{number}} show it. */
public record PaymentDetails(String number, String customerCode, String customerName, LocalDate paymentDate,
                             PaymentMethod method, String bankAccountCode, String collector, BigDecimal amount,
                             BigDecimal allocatedAmount, BigDecimal unappliedAmount, PaymentStatus status,
                             boolean awaitClearing, GiroView giro, LocalDate resolvedDate, LocalDate cancelledDate,
                             String cancelReason, RejectionView rejection, boolean overdue, LocalDate overdueSince,
                             String note, int entryLagDays, String backdateReason, boolean verificationRequired,
                             boolean creditHold, List<AllocationView> allocations, long version, Instant createdAt,
                             String createdBy, Instant updatedAt, String updatedBy) {

    /**
     * {@code window} tells an Active giro's presentation window: OPEN, EXPIRING or EXPIRED, and
     * {@code place} where its sheet is; both null once settled. {@code depositNumber} is the deposit
     * it is on, or cleared or bounced from.
     */
    public record GiroView(String number, String drawerBank, String drawerName, String drawerAccount,
                           LocalDate issueDate,
                           LocalDate effectiveDate, LocalDate lastPresentationDate, GiroWatch.WindowState window,
                           GiroPlace place, String depositNumber) {
    }

    public record RejectionView(LocalDate date, RejectionReason reasonCode, String note) {
    }

    public record AllocationView(String invoiceNumber, BigDecimal amount) {
    }

    public static PaymentDetails of(CustomerPayment p, GiroWatch watch, LocalDate today) {
        Giro g = p.getGiro();
        GiroView giro = g == null ? null : new GiroView(g.getNumber(), g.getDrawerBank(), g.getDrawerName(),
                g.getDrawerAccount(),
                g.getIssueDate(), g.getEffectiveDate(), g.lastPresentationDate(),
                p.getStatus() == PaymentStatus.ACTIVE ? watch.windowState(g, today) : null,
                p.place(today).orElse(null), p.getDeposit() == null ? null : p.getDeposit().getNumber());
        RejectionView rejection = p.getRejection() == null ? null : new RejectionView(p.getRejection().getDate(),
                p.getRejection().getReason(), p.getRejection().getNote());
        List<AllocationView> allocations = p.getAllocations().stream()
                .map(a -> new AllocationView(a.getInvoice().getNumber(), a.getAmount())).toList();
        return new PaymentDetails(p.getNumber(), p.getCustomer().getCode(), p.getCustomer().getName(),
                p.getPaymentDate(), p.getMethod(), p.getBankAccount() == null ? null : p.getBankAccount().getCode(),
                p.getCollector(), p.getAmount(), p.allocatedAmount(), p.unappliedAmount(), p.getStatus(),
                p.isAwaitClearing(), giro, p.getResolvedDate(), p.getCancelledDate(), p.getCancelReason(), rejection,
                p.isOverdue(), p.getOverdueSince(), p.getNote(), p.getEntryLagDays(), p.getBackdateReason(),
                p.isVerificationRequired(), p.isCreditHold(), allocations, p.getVersion(), p.getCreatedAt(),
                p.getCreatedBy(), p.getUpdatedAt(), p.getUpdatedBy());
    }
}
