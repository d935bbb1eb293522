package id.lunas.web.customerpayment.faces;

import id.lunas.service.customerpayment.PaymentSummary;
import java.io.IOException;
import java.util.List;

/** A file of payments as the list shows them (CSV or Excel), written a page of rows at a time. */
interface PaymentSheet extends AutoCloseable {

    List<String> HEADERS = List.of("Number", "Date", "Customer code", "Customer", "Method", "Bank account",
            "Amount", "Status", "Overdue", "Resolved date", "Giro number", "Giro effective date");

    void write(PaymentSummary payment) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * Text a spreadsheet would run as a formula (=, +, -, @ first) is written as text: customer
     * names come from outside and must not become commands on a finance PC.
     */
    static String inert(String text) {
        if (text == null) {
            return "";
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static List<Object> cells(PaymentSummary p) {
        return java.util.Arrays.asList(p.number(), p.paymentDate(), p.customerCode(), inert(p.customerName()),
                p.method().name(), p.bankAccountCode(), p.amount(), p.status().name(), p.overdue() ? "yes" : "no",
                p.resolvedDate(), inert(p.giroNumber()), p.giroEffectiveDate());
    }
}
