package id.lunas.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void bothLanguagesSayEverything() throws IOException {
        assertThat(bundle("messages_id.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyCodeTheCodeUsesIsInTheCatalog() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();

        assertThat(codesUsedInTheSources()).isNotEmpty().allSatisfy(code -> assertThat(keys).contains(code));
    }

    @Test
    void everyApostropheIsWrittenTwiceSoMessageFormatKeepsIt() throws IOException {
        for (String file : List.of("messages.properties", "messages_id.properties")) {
            Properties texts = bundle(file);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key).replace("''", "")).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void aRefusalReadsInEachLanguageWithItsDatesAndAmountsWrittenTheLanguagesWay() {
        Message refusal = Message.of("allocation.moreThanOutstanding", new BigDecimal("1250000.50"),
                new BigDecimal("1000000.00"), "INV-1");

        assertThat(refusal.in(Locale.ENGLISH))
                .isEqualTo("Allocation 1,250,000.50 is more than the outstanding 1,000,000.00 of invoice INV-1");
        assertThat(refusal.in(INDONESIAN))
                .isEqualTo("Alokasi Rp1.250.000,50 melebihi sisa tagihan Rp1.000.000,00 pada faktur INV-1");
        assertThat(Message.of("resolve.inFuture", LocalDate.of(2023, 8, 25), LocalDate.of(2023, 8, 22)).in(INDONESIAN))
                .isEqualTo("Tanggal penyelesaian 25 Agu 2023 belum tiba (hari ini 22 Agu 2023)");
    }

    @Test
    void labelsAndFieldNamesAreArgumentsToo() {
        assertThat(Message.of("transition.resolve", "PR-1", PaymentStatus.PENDING, PaymentStatus.ACTIVE).in(INDONESIAN))
                .isEqualTo("Pembayaran PR-1 berstatus Tertunda; hanya pembayaran berstatus Aktif yang dapat diselesaikan");
        assertThat(Message.of("required", FieldLabel.of("allocations[2].amount")).in(Locale.ENGLISH))
                .isEqualTo("Allocated amount is required");
        assertThat(MessageCatalog.label(PaymentMethod.BANK_TRANSFER, INDONESIAN)).isEqualTo("Transfer bank");
        assertThat(Message.of("event.allocated", List.of(new Share("INV-1", new BigDecimal("10.00")),
                new Share("INV-2", new BigDecimal("5.50")))).in(Locale.ENGLISH)).isEqualTo("Allocated INV-1 10.00, INV-2 5.50");
    }

    @Test
    void anyOtherLanguageReadsAsEnglishAndAnApostropheSurvivesWithoutArguments() {
        assertThat(Message.of("input.malformedBody").in(Locale.GERMAN)).isEqualTo("The body is not valid JSON of the expected shape");
        assertThat(Message.of("input.notDate", "tomorrow").in(Locale.ENGLISH)).startsWith("'tomorrow' is not a date");
    }

    private static Properties bundle(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessageCatalogTest.class.getResourceAsStream("/id/lunas/domain/" + file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    /**
     * The codes every module's main sources hand to a refusal or a message: the second argument of
     * new FieldError / InvalidInputException / RuleViolationException / NotFoundException /
     * DuplicateException, the first of Message.of and NotFoundException.of, and the codes a payment's
     * status checks pass along.
     */
    private static Set<String> codesUsedInTheSources() throws IOException {
        Pattern second = Pattern.compile("new (?:FieldError|InvalidInputException|RuleViolationException|NotFoundException"
                + "|DuplicateException)\\(\\s*[^,()]*(?:\\([^()]*\\))?[^,()]*,\\s*\"([^\"]+)\"");
        Pattern first = Pattern.compile("(?:Message\\.of|NotFoundException\\.of|requireStatus)\\(\\s*\"([^\"]+)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/"))
                    .toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : List.of(second, first)) {
                    Matcher found = pattern.matcher(source);
                    while (found.find()) {
                        // "problem." + slug and the like: the whole code is built at run time
                        if (!found.group(1).endsWith(".")) {
                            codes.add(found.group(1));
                        }
                    }
                }
            }
        }
        return codes;
    }
}
