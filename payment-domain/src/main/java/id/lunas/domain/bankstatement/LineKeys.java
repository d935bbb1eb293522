package id.lunas.domain.bankstatement;

import id.lunas.domain.bankstatement.reading.StatementEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A statement line's identity in its account, so that two statements that overlap (a weekly and a
 * daily download, a re-sent MT940) never bring the same line twice: value date, direction, amount,
 * description and reference, plus its occurrence among identical lines of the same file (two equal
 * bank fees on one day are two lines).
 */
public final class LineKeys {

    private LineKeys() {
    }

    public static List<String> of(List<StatementEntry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>(entries.size());
        for (StatementEntry entry : entries) {
            String content = String.join("|", entry.valueDate().toString(), entry.direction().name(),
                    entry.amount().toPlainString(), plain(entry.description()), plain(entry.reference()));
            int occurrence = seen.merge(content, 1, Integer::sum);
            keys.add(sha256(content + "#" + occurrence));
        }
        return keys;
    }

    private static String plain(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
