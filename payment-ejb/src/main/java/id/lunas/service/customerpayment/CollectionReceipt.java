package id.lunas.service.customerpayment;

/** The payment a collection created, and whether this call only replayed an earlier submission. */
public record CollectionReceipt(PaymentDetails payment, boolean replayed) {
}
