package id.lunas.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void everyTextHasAnIndonesianTranslation() throws IOException {
        Properties english = texts("messages.properties");
        Properties indonesian = texts("messages_id.properties");

        assertThat(indonesian.keySet()).isEqualTo(english.keySet());
        assertThat(indonesian.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    private static Properties texts(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(MessagesTest.class.getResourceAsStream("/id/lunas/web/i18n/" + file),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    @Test
    void textsFillInTheirArgumentsInTheLanguage() {
        assertThat(Messages.text(Locale.ENGLISH, "resolve.done", "PR-230800811", "22 Aug 2023"))
                .isEqualTo("Payment PR-230800811 is Completed, resolved on 22 Aug 2023");
        assertThat(Messages.text(INDONESIAN, "resolve.done", "PR-230800811", "22 Agu 2023"))
                .isEqualTo("Pembayaran PR-230800811 Selesai pada 22 Agu 2023");
        assertThat(Messages.text(INDONESIAN, "menu.sales")).isEqualTo("Penjualan");
    }

    @Test
    void thePagerSaysMoreThanInTheLanguageAndLeavesItsOwnPlaceholdersToPrimeFaces() {
        assertThat(Messages.text(Locale.ENGLISH, "payment.pageReportMore", 10_000))
                .startsWith("{startRecord}–{endRecord} of more than 10,000;");
        assertThat(Messages.text(INDONESIAN, "payment.pageReportMore", 10_000))
                .startsWith("{startRecord}–{endRecord} dari lebih dari 10.000;");
        assertThat(Messages.text(Locale.ENGLISH, "payment.pageReport")).isEqualTo("{startRecord}–{endRecord} of {totalRecords}");
    }
}
