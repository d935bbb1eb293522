package id.lunas.service.customerpayment;

import id.lunas.domain.shared.AmountText;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.LocaleFormats;
import id.lunas.service.platform.Likes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the list's one search box finds: a payment by its number (with or without "PR-", or its
 * start), by its giro's number (or its start) or drawer bank, by its customer's code or name, or by
 * its exact amount, typed in English or Indonesian notation (30878568.81, 30,878,568.81,
 * 30.878.568,81). Each way is served by an index; they are asked together as one OR.
 */
final class PaymentSearch {

    /** More customers than this matching a text are not a search any more; the first ones count. */
    static final int MAX_CUSTOMERS = 200;

    private static final Pattern NUMBER_DIGITS = Pattern.compile("(?i)(PR-?)?(\\d{1,9})");

    private PaymentSearch() {
    }

    /** The OR clause for the text, its parameters added; {@code customerIds} are the customers the text names. */
    static String clause(String text, List<Long> customerIds, Map<String, Object> parameters) {
        String typed = text.strip();
        List<String> ways = new ArrayList<>();
        ways.add("p.number like :searchNumber" + Likes.ESCAPE);
        parameters.put("searchNumber", Likes.startingWith(numberPrefix(typed)));
        ways.add("p.giro.number like :searchGiro" + Likes.ESCAPE);
        parameters.put("searchGiro", Likes.startingWith(typed));
        ways.add("p.giro.drawerBank = :searchBank");
        parameters.put("searchBank", typed);
        Set<BigDecimal> amounts = amounts(typed);
        if (!amounts.isEmpty()) {
            ways.add("p.amount in :searchAmounts");
            parameters.put("searchAmounts", List.copyOf(amounts));
        }
        if (!customerIds.isEmpty()) {
            ways.add("p.customer.id in :searchCustomers");
            parameters.put("searchCustomers", customerIds);
        }
        return " and (" + String.join(" or ", ways) + ")";
    }

    /** "230800811", "pr230800811" and "PR-2308" all mean the PR number that starts so. */
    static String numberPrefix(String typed) {
        var digits = NUMBER_DIGITS.matcher(typed);
        return digits.matches() ? "PR-" + digits.group(2) : typed.toUpperCase(Locale.ROOT);
    }

    /** Every amount the text can be in either notation; none when it is no amount at all. */
    static Set<BigDecimal> amounts(String typed) {
        Set<BigDecimal> amounts = new LinkedHashSet<>();
        for (Locale notation : LocaleFormats.SUPPORTED) {
            try {
                BigDecimal amount = AmountText.parse("q", typed, notation);
                if (amount != null && amount.signum() > 0) {
                    amounts.add(amount);
                }
            } catch (InvalidInputException notInThisNotation) {
                // the other notation may read it
            }
        }
        return amounts;
    }
}
