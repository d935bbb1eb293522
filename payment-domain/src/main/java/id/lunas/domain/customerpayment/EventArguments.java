package id.lunas.domain.customerpayment;

import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.shared.FieldLabel;
import id.lunas.domain.shared.Share;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stores a history event's message arguments as typed values in one column, e.g.
 * {@code d:2023-08-22} for a date or {@code e:RejectionReason.INSUFFICIENT_FUNDS}, so the event
 * reads in any language later. Items are separated by the ASCII unit separator and list items by
 * the record separator: neither can occur in a value, because text fields refuse control characters.
 */
@Converter
public class EventArguments implements AttributeConverter<List<Object>, String> {

    private static final String ITEM = "\u001F";
    private static final String LIST_ITEM = "\u001E";

    /** The enums an event may name; looked up by their simple name. */
    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Stream.of(PaymentStatus.class,
                    PaymentMethod.class, RejectionReason.class, PaymentAction.class, GiroWatch.WindowState.class)
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    @Override
    public String convertToDatabaseColumn(List<Object> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return null;
        }
        return arguments.stream().map(argument -> encode(argument, true)).collect(Collectors.joining(ITEM));
    }

    @Override
    public List<Object> convertToEntityAttribute(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split(ITEM, -1)).map(EventArguments::decode).toList();
    }

    private static String encode(Object argument, boolean listAllowed) {
        if (argument instanceof LocalDate date) {
            return "d:" + date;
        }
        if (argument instanceof BigDecimal amount) {
            return "a:" + amount.toPlainString();
        }
        if (argument instanceof Integer || argument instanceof Long) {
            return "i:" + argument;
        }
        if (argument instanceof Enum<?> value) {
            return "e:" + value.getDeclaringClass().getSimpleName() + "." + value.name();
        }
        if (argument instanceof Share share) {
            return "h:" + share.amount().toPlainString() + "=" + share.label();
        }
        if (argument instanceof FieldLabel label) {
            return "f:" + label.field();
        }
        if (argument instanceof Collection<?> items && listAllowed) {
            return "l:" + items.stream().map(item -> encode(item, false)).collect(Collectors.joining(LIST_ITEM));
        }
        return "s:" + argument;
    }

    private static Object decode(String item) {
        String value = item.substring(2);
        return switch (item.charAt(0)) {
            case 'd' -> LocalDate.parse(value);
            case 'a' -> new BigDecimal(value);
            case 'i' -> Long.valueOf(value);
            case 'e' -> enumValue(value);
            case 'h' -> new Share(value.substring(value.indexOf('=') + 1), new BigDecimal(value.substring(0,
                    value.indexOf('='))));
            case 'f' -> FieldLabel.of(value);
            case 'l' -> value.isEmpty() ? List.of()
                    : new ArrayList<>(Arrays.stream(value.split(LIST_ITEM, -1)).map(EventArguments::decode).toList());
            default -> value;
        };
    }

    private static Object enumValue(String value) {
        int dot = value.indexOf('.');
        Class<? extends Enum<?>> type = ENUMS.get(value.substring(0, dot));
        String name = value.substring(dot + 1);
        if (type == null) {
            return name;
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .<Object>map(constant -> constant).orElse(name);
    }
}
