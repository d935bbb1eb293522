package id.lunas.customerpayment;

public enum PaymentMethod {
    CASH, BANK_TRANSFER, GIRO
}
