package id.lunas.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An amount of rupiah written out in words, as deposit slips and receipts carry it beside the
 * figures (terbilang): "tiga puluh juta delapan ratus tujuh puluh delapan ribu lima ratus enam puluh
 * delapan rupiah delapan puluh satu sen" in Bahasa Indonesia, "thirty million eight hundred
 * seventy-eight thousand five hundred sixty-eight rupiah and eighty-one sen" in English.
 */
public final class AmountInWords {

    private static final String[] ID_UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
        "delapan", "sembilan", "sepuluh", "sebelas"};
    private static final String[] ID_SCALES = {"", "ribu", "juta", "miliar", "triliun"};
    private static final String[] EN_UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] EN_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] EN_SCALES = {"", "thousand", "million", "billion", "trillion"};
    private static final long LIMIT = 1_000_000_000_000_000L;

    private AmountInWords() {
    }

    /** The amount in the language's words; any language but Indonesian reads English. */
    public static String of(BigDecimal amount, Locale locale) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() < 0 || rounded.compareTo(BigDecimal.valueOf(LIMIT)) >= 0) {
            throw new IllegalArgumentException("no words for " + amount);
        }
        long rupiah = rounded.longValue();
        int sen = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        return LocaleFormats.indonesian(locale) ? indonesian(rupiah, sen) : english(rupiah, sen);
    }

    private static String indonesian(long rupiah, int sen) {
        String words = indonesianNumber(rupiah) + " rupiah";
        return sen == 0 ? words : words + " " + indonesianNumber(sen) + " sen";
    }

    private static String english(long rupiah, int sen) {
        String words = englishNumber(rupiah) + " rupiah";
        return sen == 0 ? words : words + " and " + englishNumber(sen) + " sen";
    }

    static String indonesianNumber(long number) {
        if (number == 0) {
            return ID_UNITS[0];
        }
        List<String> parts = new ArrayList<>();
        List<Integer> groups = thousands(number);
        for (int scale = groups.size() - 1; scale >= 0; scale--) {
            int group = groups.get(scale);
            if (group == 0) {
                continue;
            }
            if (scale == 1 && group == 1) {
                parts.add("seribu");
            } else {
                parts.add(indonesianBelowThousand(group) + (scale == 0 ? "" : " " + ID_SCALES[scale]));
            }
        }
        return String.join(" ", parts);
    }

    private static String indonesianBelowThousand(int number) {
        List<String> parts = new ArrayList<>();
        int hundreds = number / 100;
        int rest = number % 100;
        if (hundreds == 1) {
            parts.add("seratus");
        } else if (hundreds > 1) {
            parts.add(ID_UNITS[hundreds] + " ratus");
        }
        if (rest > 0) {
            parts.add(indonesianBelowHundred(rest));
        }
        return String.join(" ", parts);
    }

    private static String indonesianBelowHundred(int number) {
        if (number < 12) {
            return ID_UNITS[number];
        }
        if (number < 20) {
            return ID_UNITS[number - 10] + " belas";
        }
        int ones = number % 10;
        return ID_UNITS[number / 10] + " puluh" + (ones == 0 ? "" : " " + ID_UNITS[ones]);
    }

    static String englishNumber(long number) {
        if (number == 0) {
            return EN_UNITS[0];
        }
        List<String> parts = new ArrayList<>();
        List<Integer> groups = thousands(number);
        for (int scale = groups.size() - 1; scale >= 0; scale--) {
            int group = groups.get(scale);
            if (group != 0) {
                parts.add(englishBelowThousand(group) + (scale == 0 ? "" : " " + EN_SCALES[scale]));
            }
        }
        return String.join(" ", parts);
    }

    private static String englishBelowThousand(int number) {
        List<String> parts = new ArrayList<>();
        if (number >= 100) {
            parts.add(EN_UNITS[number / 100] + " hundred");
        }
        int rest = number % 100;
        if (rest >= 20) {
            parts.add(EN_TENS[rest / 10] + (rest % 10 == 0 ? "" : "-" + EN_UNITS[rest % 10]));
        } else if (rest > 0) {
            parts.add(EN_UNITS[rest]);
        }
        return String.join(" ", parts);
    }

    /** The number in groups of three digits, the lowest first. */
    private static List<Integer> thousands(long number) {
        List<Integer> groups = new ArrayList<>();
        for (long rest = number; rest > 0; rest /= 1000) {
            groups.add((int) (rest % 1000));
        }
        return groups;
    }
}
