package id.lunas.domain.customerpayment;

public enum PaymentMethod {
    CASH, BANK_TRANSFER, GIRO
}
