package id.lunas.web.customer.api;

/** The JSON of {@code PUT /api/customers/{code}/giro-mode}: ALLOW, VERIFY, BLOCK, or none for automatic. */
public record GiroModeBody(String mode, String reason) {
}
