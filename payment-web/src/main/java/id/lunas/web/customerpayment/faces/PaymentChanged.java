package id.lunas.web.customerpayment.faces;

/** A dialog changed a payment; screens showing it read it again. */
public record PaymentChanged(String number) {
}
