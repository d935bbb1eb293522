package id.lunas.system;

import static id.lunas.system.Api.today;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** MT940 statements of the test bank account (number 0123-01) as a bank would send them. */
final class Mt940 {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    /** One statement line: C or D, the value date, the amount and the :86: text. */
    record Line(String mark, LocalDate valueDate, String amount, String information) {
    }

    private Mt940() {
    }

    /** A statement in SWIFT blocks whose closing balance is the opening plus its lines. */
    static byte[] statement(String reference, String opening, List<Line> lines) {
        StringBuilder text = new StringBuilder("{1:F01BRINIDJAXXX0000000000}{2:O940BRINIDJAXXXN}{4:\r\n")
                .append(":20:").append(reference).append("\r\n:25:0123-01\r\n:28C:00001/001\r\n")
                .append(":60F:C").append(today().minusDays(4).format(YYMMDD)).append("IDR")
                .append(opening.replace('.', ',')).append("\r\n");
        BigDecimal balance = new BigDecimal(opening);
        for (Line line : lines) {
            BigDecimal amount = new BigDecimal(line.amount());
            balance = line.mark().equals("C") ? balance.add(amount) : balance.subtract(amount);
            text.append(":61:").append(line.valueDate().format(YYMMDD)).append(line.mark())
                    .append(line.amount().replace('.', ',')).append("NCLRNONREF\r\n:86:").append(line.information())
                    .append("\r\n");
        }
        text.append(":62F:").append(balance.signum() < 0 ? "D" : "C").append(today().format(YYMMDD)).append("IDR")
                .append(balance.abs().toPlainString().replace('.', ',')).append("\r\n-}");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
