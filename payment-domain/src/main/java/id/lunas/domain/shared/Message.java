package id.lunas.domain.shared;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Something Lunas says to a person, as a code of the {@link MessageCatalog} and its arguments, so
 * it reads in the language of whoever sees it: refusals, history entries, notices. Arguments are
 * values (dates, amounts, statuses, numbers, names), formatted where the message is shown.
 */
public record Message(String code, List<Object> arguments) implements Serializable {

    /** Whole numbers are kept as longs, so a message reads back from storage equal to the one written. */
    public Message {
        arguments = Collections.unmodifiableList(arguments.stream()
                .map(argument -> argument instanceof Integer || argument instanceof Short || argument instanceof Byte
                        ? (Object) ((Number) argument).longValue() : argument)
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll));
    }

    public static Message of(String code, Object... arguments) {
        return new Message(code, Arrays.asList(arguments));
    }

    public String in(Locale locale) {
        return MessageCatalog.render(this, locale);
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
