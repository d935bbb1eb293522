package id.lunas.domain.bankstatement.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.bankstatement.reading.StatementValues.Decimals;
import id.lunas.domain.shared.DomainException;
import id.lunas.domain.shared.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class StatementReadersTest {

    private static byte[] fixture(String name) {
        try (InputStream in = StatementReadersTest.class.getResourceAsStream("/id/lunas/domain/bankstatement/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StatementFile read(StatementFormat format, String name) {
        return StatementReaders.of(format, null).read(fixture(name));
    }

    @Test
    void anMt940InSwiftBlocksIsReadWithDecimalCommasAndAMultiLineInformationField() {
        StatementFile file = read(StatementFormat.MT940, "mandiri-mt940.sta");

        assertThat(file.accountNumber()).isEqualTo("1230009876543");
        assertThat(file.reference()).isEqualTo("MDR260817001/00233/001");
        assertThat(file.openingBalance()).isEqualByComparingTo("100000000.00");
        assertThat(file.closingBalance()).isEqualByComparingTo("119993500.50");
        assertThat(file.entries()).hasSize(4);
        StatementEntry first = file.entries().get(0);
        assertThat(first.sourceLine()).isEqualTo(6);
        assertThat(first.valueDate()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(first.direction()).isEqualTo(Direction.CREDIT);
        assertThat(first.amount()).isEqualTo(new BigDecimal("15000000.00"));
        assertThat(first.reference()).isEqualTo("BG001234 KLR260815A");
        assertThat(first.description()).isEqualTo("KLIRING MASUK BG 001234 DARI PT TOKO MAKMUR BANK BCA CABANG SURABAYA");
        assertThat(file.entries().get(1).amount()).isEqualTo(new BigDecimal("7500000.50"));
        assertThat(file.entries().get(3).direction()).isEqualTo(Direction.DEBIT);
        assertThat(file.entries().get(3).description()).contains("TOLAKAN KLIRING BG 55120");
    }

    @Test
    void anMt940OfTwoPagesIsFramedByTheFirstOpeningAndTheLastClosingBalance() {
        StatementFile file = read(StatementFormat.MT940, "bri-mt940-block4.txt");

        assertThat(file.entries()).extracting(StatementEntry::amount)
                .containsExactly(new BigDecimal("1000000.00"), new BigDecimal("250000.00"));
        assertThat(file.openingBalance()).isEqualByComparingTo("5000000");
        assertThat(file.closingBalance()).isEqualByComparingTo("5750000");
        assertThat(file.isFor("034101000123305")).isTrue();
        assertThat(file.isFor("1230009876543")).isFalse();
    }

    @Test
    void aFileWhoseLinesDoNotGiveItsClosingBalanceIsRefused() {
        assertThatThrownBy(() -> read(StatementFormat.MT940, "mt940-wrong-closing.sta"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("file");
                    assertThat(e.errors().get(0).code()).isEqualTo("statement.unbalanced");
                });
    }

    @Test
    void anUnreadableMt940LineIsNamedByItsLineNumber() {
        assertThatThrownBy(() -> read(StatementFormat.MT940, "mt940-unreadable-line.sta"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("lines[5]");
                    assertThat(e.errors().get(0).code()).isEqualTo("statement.unreadableLine");
                });
    }

    @Test
    void aKlikBcaDownloadTakesTheYearFromItsPeriodAndLeavesPendingItemsOut() {
        StatementFile file = read(StatementFormat.BCA_CSV, "bca-klikbca.csv");

        assertThat(file.accountNumber()).isEqualTo("0613005678");
        assertThat(file.openingBalance()).isEqualByComparingTo("50000000");
        assertThat(file.closingBalance()).isEqualByComparingTo("67235000");
        assertThat(file.entries()).extracting(StatementEntry::valueDate).containsExactly(LocalDate.of(2026, 8, 14),
                LocalDate.of(2026, 8, 15), LocalDate.of(2026, 8, 16));
        assertThat(file.entries()).extracting(StatementEntry::direction)
                .containsExactly(Direction.CREDIT, Direction.CREDIT, Direction.DEBIT);
        assertThat(file.entries().get(0).amount()).isEqualTo(new BigDecimal("15000000.00"));
        assertThat(file.entries().get(0).description()).isEqualTo("SETORAN KLIRING BG 0098123 PT TOKO MAKMUR");
        assertThat(file.entries().get(0).sourceLine()).isEqualTo(8);
    }

    @Test
    void aMandiriExportReadsIndonesianThousandsSeparatorsAndChecksEveryRunningBalance() {
        StatementFile file = read(StatementFormat.MANDIRI_CSV, "mandiri-export.csv");

        assertThat(file.accountNumber()).isEqualTo("1230009876543");
        assertThat(file.entries()).hasSize(3);
        assertThat(file.entries().get(0).amount()).isEqualTo(new BigDecimal("15000000.00"));
        assertThat(file.entries().get(1).valueDate()).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(file.entries().get(1).bookingDate()).isEqualTo(LocalDate.of(2026, 8, 16));
        assertThat(file.entries().get(2).amount()).isEqualTo(new BigDecimal("1250500.75"));
        assertThat(file.entries().get(2).reference()).isEqualTo("STR0817");
        assertThat(file.openingBalance()).isEqualByComparingTo("100000000");
        assertThat(file.closingBalance()).isEqualByComparingTo("116244000.75");
    }

    @Test
    void aMandiriLineWhoseBalanceDoesNotFollowIsNamed() {
        assertThatThrownBy(() -> read(StatementFormat.MANDIRI_CSV, "mandiri-broken-balance.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("lines[3]");
                    assertThat(e.errors().get(0).code()).isEqualTo("statement.balanceBreak");
                });
    }

    @Test
    void aMandiriExcelExportIsReadLikeItsCsv() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Mutasi");
            String[] header = {"Tgl.", "Tgl. Val.", "Rincian Transaksi", "No. Referensi", "Debit", "Kredit", "Saldo"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, "15/08/2026");
            sheet.value(1, 1, "15/08/2026");
            sheet.value(1, 2, "KLIRING BG 001234");
            sheet.value(1, 4, 0);
            sheet.value(1, 5, 15000000.5);
            sheet.value(1, 6, 115000000.5);
        }

        StatementFile file = StatementReaders.of(StatementFormat.MANDIRI_CSV, null).read(out.toByteArray());

        assertThat(file.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.amount()).isEqualTo(new BigDecimal("15000000.50"));
            assertThat(entry.sourceLine()).isEqualTo(2);
            assertThat(entry.direction()).isEqualTo(Direction.CREDIT);
        });
    }

    @Test
    void aGenericCsvIsReadThroughTheMappingSavedForItsAccount() {
        ColumnMapping mapping = ColumnMapping.checked("Posting Date", "Value Date", "Narrative", "Ref", null, null,
                "Amount", null, "uuuu-MM-dd", Decimals.COMMA);

        StatementFile file = StatementReaders.of(StatementFormat.CSV, mapping).read(fixture("generic.csv"));

        assertThat(file.entries()).extracting(StatementEntry::amount).containsExactly(new BigDecimal("1500000.00"),
                new BigDecimal("25000.00"), new BigDecimal("3000000.00"));
        assertThat(file.entries()).extracting(StatementEntry::direction)
                .containsExactly(Direction.CREDIT, Direction.DEBIT, Direction.CREDIT);
        assertThat(file.entries().get(1).valueDate()).isEqualTo(LocalDate.of(2026, 8, 17));
        assertThat(file.openingBalance()).isNull();
    }

    @Test
    void aGenericCsvWithAWordForAnAmountIsRefusedNamingTheLine() {
        ColumnMapping mapping = ColumnMapping.checked("Posting Date", null, "Narrative", null, null, null, "Amount",
                null, "uuuu-MM-dd", Decimals.COMMA);

        assertThatThrownBy(() -> StatementReaders.of(StatementFormat.CSV, mapping).read(fixture("generic-unreadable.csv")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("lines[3]"));
    }

    @Test
    void aMappingWithoutAmountColumnsOrWithABrokenDateFormatNamesEachField() {
        assertThatThrownBy(() -> ColumnMapping.checked("Date", null, "Text", null, "Debit", null, null, null,
                "dd/MM/yyyy qq{", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field()).containsExactlyInAnyOrder("mapping.amount", "mapping.dateFormat"));
    }

    @Test
    void theGenericFormatNeedsASavedMapping() {
        assertThatThrownBy(() -> StatementReaders.of(StatementFormat.CSV, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("statement.noMapping"));
    }

    @Test
    void amountsAreReadInEitherNotationWhenTheLayoutMixesThem() {
        assertThat(StatementValues.amount(1, "1.500.000,25", Decimals.AUTO)).isEqualTo(new BigDecimal("1500000.25"));
        assertThat(StatementValues.amount(1, "1,500,000.25", Decimals.AUTO)).isEqualTo(new BigDecimal("1500000.25"));
        assertThat(StatementValues.amount(1, "1.500", Decimals.AUTO)).isEqualTo(new BigDecimal("1500.00"));
        assertThat(StatementValues.amount(1, "(2.500,00)", Decimals.AUTO)).isEqualTo(new BigDecimal("-2500.00"));
        assertThatThrownBy(() -> StatementValues.amount(7, "1.50.0", Decimals.COMMA))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("lines[7]"));
    }
}
