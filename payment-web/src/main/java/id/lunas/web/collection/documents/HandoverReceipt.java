package id.lunas.web.collection.documents;

import id.lunas.domain.shared.LocaleFormats;
import id.lunas.domain.shared.MessageCatalog;
import id.lunas.service.collection.ExpectedCollection;
import id.lunas.service.collection.HandoverDetails;
import id.lunas.web.platform.documents.PdfDocument;
import id.lunas.web.platform.documents.PdfDocument.Column;
import id.lunas.web.platform.faces.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The handover receipt (tanda terima serah terima setoran) the collector and the cashier sign: the
 * cash expected, counted and the difference with its reason, every collection received, and every
 * one expected and not handed over with the days since it was collected.
 */
@ApplicationScoped
public class HandoverReceipt {

    @Inject
    @ConfigProperty(name = "lunas.company.name")
    String companyName;

    public static String fileName(HandoverDetails handover) {
        return "handover-" + handover.number() + ".pdf";
    }

    public void write(HandoverDetails handover, Locale locale, OutputStream out) {
        try (PdfDocument pdf = PdfDocument.open(PdfDocument.Format.A4, out,
                text(locale, "handover.receiptTitle") + " " + handover.number())) {
            pdf.heading(text(locale, "handover.receiptTitle"), companyName);
            pdf.fields(List.of(
                    new String[] {text(locale, "handover.number"), handover.number()},
                    new String[] {text(locale, "handover.date"), LocaleFormats.date(handover.handoverDate(), locale)},
                    new String[] {text(locale, "handover.collector"), handover.collector()},
                    new String[] {text(locale, "handover.cashier"), handover.cashier()},
                    new String[] {text(locale, "handover.cashExpected"),
                            LocaleFormats.amount(handover.cashExpected(), locale)},
                    new String[] {text(locale, "handover.cashCounted"),
                            LocaleFormats.amount(handover.cashCounted(), locale)},
                    new String[] {text(locale, "handover.cashDifference"),
                            LocaleFormats.amount(handover.cashDifference(), locale)},
                    new String[] {text(locale, "handover.differenceReason"),
                            handover.differenceReason() == null ? "-" : handover.differenceReason()}));
            pdf.line(text(locale, "handover.receivedHeading"),
                    text(locale, "handover.countAndAmount", handover.receivedCount(),
                            LocaleFormats.amount(handover.receivedAmount(), locale)));
            pdf.table(columns(locale, "handover.method"), rows(handover.received(), locale, false),
                    text(locale, "slip.total"), LocaleFormats.amount(handover.receivedAmount(), locale));
            if (!handover.missing().isEmpty()) {
                pdf.line(text(locale, "handover.missingHeading"),
                        text(locale, "handover.countAndAmount", handover.missingCount(),
                                LocaleFormats.amount(handover.missingAmount(), locale)));
                pdf.table(columns(locale, "handover.daysSinceCollected"), rows(handover.missing(), locale, true),
                        text(locale, "slip.total"), LocaleFormats.amount(handover.missingAmount(), locale));
            }
            pdf.inWords(handover.receivedAmount().subtract(handover.cashExpected()).add(handover.cashCounted()),
                    locale);
            pdf.signatures(List.of(text(locale, "handover.collectorSigns", handover.collector()),
                    text(locale, "handover.cashierSigns", handover.cashier())));
        }
    }

    private static List<Column> columns(Locale locale, String lastColumn) {
        return List.of(new Column(text(locale, "payment.number"), 1.6f, false),
                new Column(text(locale, "payment.customer"), 2.6f, false),
                new Column(text(locale, "payment.date"), 1.3f, false),
                new Column(text(locale, "detail.giroNumber"), 1.9f, false),
                new Column(text(locale, lastColumn), 1.2f, false),
                new Column(text(locale, "payment.amount"), 1.7f, true));
    }

    private static List<List<String>> rows(List<HandoverDetails.Line> lines, Locale locale, boolean missing) {
        return lines.stream().map(HandoverDetails.Line::collection).map(c -> row(c, locale, missing)).toList();
    }

    private static List<String> row(ExpectedCollection c, Locale locale, boolean missing) {
        String giro = c.giroNumber() == null ? "" : c.giroNumber() + " · " + c.drawerBank();
        String last = missing ? text(locale, "handover.days", c.daysSinceCollected())
                : MessageCatalog.label(c.method(), locale);
        return List.of(c.paymentNumber(), c.customerName(), LocaleFormats.date(c.paymentDate(), locale), giro, last,
                LocaleFormats.amount(c.amount(), locale));
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
