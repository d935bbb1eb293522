package id.lunas.domain.giro;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Giro numbers as banks and admins write them: "BG-001234", "bg 1234", "CA 00 1234" and "1234" are
 * one sheet. A number is compared as its digits after the bank's prefix letters, without leading
 * zeros; a statement text offers every number it holds, also one broken by spaces or dashes.
 */
public final class GiroNumbers {

    private static final Pattern TOKEN = Pattern.compile("[A-Z]*\\d[A-Z\\d]*");
    /** Up to this many digit groups in a row are tried joined, for numbers written "00 1234 5". */
    private static final int MAX_GROUPS = 4;

    private GiroNumbers() {
    }

    /** The comparable form of a recorded giro number, or empty when it holds no digit. */
    public static String normalise(String number) {
        if (number == null) {
            return "";
        }
        String plain = number.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String withoutPrefix = plain.replaceFirst("^[A-Z]+", "").replaceFirst("^0+", "");
        return withoutPrefix.matches(".*\\d.*") ? withoutPrefix : "";
    }

    /** Every giro number a description or reference may be naming, in comparable form. */
    public static Set<String> in(String text) {
        Set<String> keys = new LinkedHashSet<>();
        if (text == null) {
            return keys;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        Matcher token = TOKEN.matcher(upper);
        List<int[]> groups = new java.util.ArrayList<>();
        while (token.find()) {
            String key = normalise(token.group());
            if (!key.isEmpty()) {
                keys.add(key);
            }
            groups.add(new int[] {token.start(), token.end()});
        }
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder joined = new StringBuilder(upper.substring(groups.get(first)[0], groups.get(first)[1]));
            for (int next = first + 1; next < groups.size() && next < first + MAX_GROUPS; next++) {
                String between = upper.substring(groups.get(next - 1)[1], groups.get(next)[0]);
                if (!between.matches("[\\s\\-./]{1,2}")) {
                    break;
                }
                joined.append(upper, groups.get(next)[0], groups.get(next)[1]);
                String key = normalise(joined.toString());
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }
}
