package id.lunas.web.collection.documents;

import id.lunas.domain.shared.LocaleFormats;
import id.lunas.service.collection.CollectionListDetails;
import id.lunas.service.collection.CollectionListDetails.Line;
import id.lunas.web.platform.documents.PdfDocument;
import id.lunas.web.platform.documents.PdfDocument.Column;
import id.lunas.web.platform.faces.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The collection list the collector takes into the field: each shop's invoices with what they owe,
 * and an empty column to note what was collected, with boxes to sign when the list comes back.
 */
@ApplicationScoped
public class CollectionListSheet {

    @Inject
    @ConfigProperty(name = "lunas.company.name")
    String companyName;

    public static String fileName(CollectionListDetails list) {
        return "collection-list-" + list.number() + ".pdf";
    }

    public void write(CollectionListDetails list, Locale locale, OutputStream out) {
        try (PdfDocument pdf = PdfDocument.open(PdfDocument.Format.A4, out,
                text(locale, "collectionList.title") + " " + list.number())) {
            pdf.heading(text(locale, "collectionList.title"), companyName);
            pdf.fields(List.of(
                    new String[] {text(locale, "collectionList.number"), list.number()},
                    new String[] {text(locale, "collectionList.collector"), list.collector()},
                    new String[] {text(locale, "collectionList.date"), LocaleFormats.date(list.listDate(), locale)},
                    new String[] {text(locale, "collectionList.invoices"),
                            LocaleFormats.count(list.lines().size(), locale)}));
            pdf.table(List.of(new Column(text(locale, "slip.no"), 0.5f, true),
                            new Column(text(locale, "payment.customer"), 3f, false),
                            new Column(text(locale, "detail.invoice"), 1.8f, false),
                            new Column(text(locale, "invoice.dueDate"), 1.3f, false),
                            new Column(text(locale, "collectionList.outstanding"), 1.7f, true),
                            new Column(text(locale, "collectionList.collected"), 1.7f, true)),
                    rows(list, locale), text(locale, "slip.total"), LocaleFormats.amount(list.outstanding(), locale));
            pdf.signatures(List.of(text(locale, "collectionList.preparedBy", list.createdBy()),
                    text(locale, "collectionList.collectorSigns", list.collector())));
        }
    }

    private static List<List<String>> rows(CollectionListDetails list, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        int line = 1;
        for (Line l : list.lines()) {
            rows.add(List.of(String.valueOf(line++), l.customerCode() + " " + l.customerName(), l.invoiceNumber(),
                    LocaleFormats.date(l.dueDate(), locale), LocaleFormats.amount(l.outstanding(), locale),
                    l.collected().signum() == 0 ? "" : LocaleFormats.amount(l.collected(), locale)));
        }
        return rows;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
