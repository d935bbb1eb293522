package id.lunas.domain.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One refused field, named as the client sent it (e.g. {@code allocations[1].amount}), with why as
 * a message code and its arguments.
 */
public record FieldError(String field, String code, List<Object> arguments) implements Serializable {

    public FieldError(String field, String code, Object... arguments) {
        this(field, code, Arrays.asList(arguments));
    }

    public FieldError(String field, Message message) {
        this(field, message.code(), message.arguments());
    }

    public Message message() {
        return new Message(code, arguments);
    }
}
