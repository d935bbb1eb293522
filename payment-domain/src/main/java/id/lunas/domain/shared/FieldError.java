package id.lunas.domain.shared;

/** One refused field, named as the client sent it (e.g. {@code allocations[1].amount}). */
public record FieldError(String field, String message) {
}
