package id.lunas.web.girodeposit.slip;

import id.lunas.domain.shared.LocaleFormats;
import id.lunas.service.girodeposit.GiroDepositDetails;
import id.lunas.service.girodeposit.GiroDepositDetails.DepositedGiro;
import id.lunas.web.platform.documents.PdfDocument;
import id.lunas.web.platform.documents.PdfDocument.Column;
import id.lunas.web.platform.documents.PdfDocument.Format;
import id.lunas.web.platform.faces.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The slip (slip setoran kliring) that goes to the bank with a deposit's giros: the company's
 * account, each giro, the count and the total in figures and in words, and boxes to sign.
 */
@ApplicationScoped
public class DepositSlip {

    @Inject
    @ConfigProperty(name = "lunas.company.name")
    String companyName;

    public static String fileName(GiroDepositDetails deposit, Format format) {
        return "deposit-slip-" + deposit.number() + (format == Format.HALF_A4 ? "-half" : "") + ".pdf";
    }

    public void write(GiroDepositDetails deposit, Format format, Locale locale, OutputStream out) {
        try (PdfDocument pdf = PdfDocument.open(format, out, text(locale, "slip.title") + " " + deposit.number())) {
            pdf.heading(text(locale, "slip.title"), companyName);
            pdf.fields(List.of(
                    new String[] {text(locale, "slip.bank"), deposit.bankName()},
                    new String[] {text(locale, "slip.depositNumber"), deposit.number()},
                    new String[] {text(locale, "slip.accountNumber"), deposit.accountNumber()},
                    new String[] {text(locale, "slip.depositDate"), LocaleFormats.date(deposit.depositDate(), locale)},
                    new String[] {text(locale, "slip.accountName"), deposit.accountName()},
                    new String[] {text(locale, "slip.count"), LocaleFormats.count(deposit.giroCount(), locale)}));
            pdf.table(columns(locale), rows(deposit, locale), text(locale, "slip.total"),
                    LocaleFormats.amount(deposit.totalAmount(), locale));
            pdf.inWords(deposit.totalAmount(), locale);
            pdf.signatures(List.of(text(locale, "slip.preparedBy", deposit.createdBy()), text(locale, "slip.approvedBy"),
                    text(locale, "slip.receivedByBank")));
        }
    }

    private static List<Column> columns(Locale locale) {
        return List.of(new Column(text(locale, "slip.no"), 0.5f, true),
                new Column(text(locale, "slip.giroNumber"), 1.6f, false),
                new Column(text(locale, "slip.drawerBank"), 1.4f, false),
                new Column(text(locale, "slip.drawerName"), 2.6f, false),
                new Column(text(locale, "slip.effectiveDate"), 1.3f, false),
                new Column(text(locale, "slip.payment"), 1.6f, false),
                new Column(text(locale, "slip.amount"), 1.8f, true));
    }

    private static List<List<String>> rows(GiroDepositDetails deposit, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        int line = 1;
        for (DepositedGiro giro : deposit.giros()) {
            rows.add(List.of(String.valueOf(line++), giro.giroNumber(), giro.drawerBank(),
                    giro.drawerName() == null ? giro.customerName() : giro.drawerName(),
                    LocaleFormats.date(giro.effectiveDate(), locale), giro.paymentNumber(),
                    LocaleFormats.amount(giro.amount(), locale)));
        }
        return rows;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
