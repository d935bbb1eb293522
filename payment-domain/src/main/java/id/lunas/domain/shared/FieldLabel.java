package id.lunas.domain.shared;

import java.io.Serializable;

/**
 * A field's name as people read it, as a message argument: {@code FieldLabel.of("paymentDate")}
 * reads "Payment date" or "Tanggal pembayaran". Indexes of a list are dropped, so
 * {@code allocations[2].amount} reads as the label of {@code allocations.amount}.
 */
public record FieldLabel(String field) implements Serializable {

    public static FieldLabel of(String field) {
        return new FieldLabel(field);
    }

    String key() {
        return "field." + field.replaceAll("\\[\\d+]", "");
    }
}
