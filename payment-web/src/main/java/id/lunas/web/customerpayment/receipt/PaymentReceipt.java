package id.lunas.web.customerpayment.receipt;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.domain.shared.LocaleFormats;
import id.lunas.domain.shared.MessageCatalog;
import id.lunas.service.customerpayment.PaymentDetails;
import id.lunas.service.customerpayment.PaymentDetails.AllocationView;
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
 * The receipt (kwitansi) a customer is given for a payment: who paid, how much in figures and in
 * words, for which invoices, and for a giro the sheet it came on and that it counts once cleared.
 */
@ApplicationScoped
public class PaymentReceipt {

    @Inject
    @ConfigProperty(name = "lunas.company.name")
    String companyName;

    public static String fileName(PaymentDetails payment) {
        return "receipt-" + payment.number() + ".pdf";
    }

    public void write(PaymentDetails payment, Locale locale, OutputStream out) {
        try (PdfDocument pdf = PdfDocument.open(Format.HALF_A4, out, text(locale, "receipt.title") + " "
                + payment.number())) {
            pdf.heading(text(locale, "receipt.title"), companyName);
            List<String[]> fields = new ArrayList<>();
            fields.add(new String[] {text(locale, "receipt.number"), payment.number()});
            fields.add(new String[] {text(locale, "receipt.date"), LocaleFormats.date(payment.paymentDate(), locale)});
            fields.add(new String[] {text(locale, "receipt.receivedFrom"),
                    payment.customerName() + " (" + payment.customerCode() + ")"});
            fields.add(new String[] {text(locale, "receipt.method"), MessageCatalog.label(payment.method(), locale)});
            fields.add(new String[] {text(locale, "receipt.amount"), LocaleFormats.amount(payment.amount(), locale)});
            fields.add(new String[] {text(locale, "receipt.status"), MessageCatalog.label(payment.status(), locale)});
            if (payment.method() == PaymentMethod.GIRO && payment.giro() != null) {
                fields.add(new String[] {text(locale, "receipt.giro"), payment.giro().number() + " · "
                        + payment.giro().drawerBank()});
                fields.add(new String[] {text(locale, "receipt.effectiveDate"),
                        LocaleFormats.date(payment.giro().effectiveDate(), locale)});
            }
            pdf.fields(fields);
            pdf.inWords(payment.amount(), locale);
            if (!payment.allocations().isEmpty()) {
                pdf.table(List.of(new Column(text(locale, "receipt.forInvoice"), 3, false),
                                new Column(text(locale, "slip.amount"), 2, true)),
                        payment.allocations().stream().map(a -> row(a, locale)).toList(),
                        text(locale, "slip.total"), LocaleFormats.amount(payment.allocatedAmount(), locale));
            }
            if (payment.method() == PaymentMethod.GIRO && payment.status() != PaymentStatus.COMPLETED) {
                pdf.line(text(locale, "receipt.note"), text(locale, "receipt.validOnceCleared"));
            }
            pdf.signatures(List.of(text(locale, "receipt.receivedBy", payment.createdBy())));
        }
    }

    private static List<String> row(AllocationView allocation, Locale locale) {
        return List.of(allocation.invoiceNumber(), LocaleFormats.amount(allocation.amount(), locale));
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
