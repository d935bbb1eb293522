package id.lunas.service.customerpayment;

import id.lunas.domain.shared.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the list is ordered: {@code field} or {@code field,asc|desc}. Every order ends on the id so
 * paging is stable when many payments share a date.
 */
public record PaymentSort(Field field, boolean descending) {

    public enum Field {
        PAYMENTDATE("p.paymentDate"), NUMBER("p.number"), AMOUNT("p.amount"), CUSTOMER("c.name"),
        STATUS("p.status"), METHOD("p.method"), RESOLVEDDATE("p.resolvedDate");

        final String path;

        Field(String path) {
            this.path = path;
        }
    }

    public static final PaymentSort NEWEST_FIRST = new PaymentSort(Field.PAYMENTDATE, true);

    public static PaymentSort parse(String text) {
        if (text == null || text.isBlank()) {
            return NEWEST_FIRST;
        }
        String[] parts = text.split(",", -1);
        String name = parts[0].strip();
        Field field = Arrays.stream(Field.values())
                .filter(f -> f.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("sort", "sort.unknownField", name, Arrays.stream(Field.values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
            throw new InvalidInputException("sort", "sort.direction", direction);
        }
        return new PaymentSort(field, direction.equals("desc"));
    }

    String orderBy() {
        String dir = descending ? " desc" : " asc";
        return " order by " + field.path + dir + ", p.id" + dir;
    }
}
