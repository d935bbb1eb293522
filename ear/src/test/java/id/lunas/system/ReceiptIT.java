package id.lunas.system;

import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Document;
import id.lunas.system.Api.Reply;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The receipt (kwitansi) of a payment, over HTTP, read back from its PDF. */
class ReceiptIT {

    private static String text(Document pdf) throws IOException {
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aGiroReceiptShowsTheAmountInWordsTheInvoicesAndThatItCountsOnceCleared() throws IOException {
        String customer = Api.Erp.customer("TOKO KWITANSI");
        String invoice = Api.Erp.invoice(customer, "30878568.81");
        Reply recorded = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'GIRO','bankAccountCode':'" + Api.Erp.bankAccount() + "','amount':30878568.81,"
                + "'giro':{'number':'" + Api.unique("BG") + "','drawerBank':'BCA','issueDate':'2023-08-21',"
                + "'effectiveDate':'2023-08-22'},'allocations':[{'invoiceNumber':'" + invoice
                + "','amount':30878568.81}]}"));
        String number = recorded.object().getString("number");

        String indonesian = text(Api.ADMIN.document("/api/payments/" + number + "/receipt", "Accept", "application/pdf",
                "Accept-Language", "id"));
        String english = text(Api.ADMIN.document("/api/payments/" + number + "/receipt", "Accept", "application/pdf",
                "Accept-Language", "en"));

        assertThat(indonesian).contains("Kwitansi", number, "TOKO KWITANSI", invoice, "30.878.568,81",
                "tiga puluh juta delapan ratus tujuh puluh delapan ribu lima ratus enam puluh delapan rupiah "
                        + "delapan puluh satu sen", "sah setelah giro cair", "BCA");
        assertThat(english).contains("Receipt", "30,878,568.81", "thirty million eight hundred seventy-eight "
                + "thousand five hundred sixty-eight rupiah and eighty-one sen", "valid once the giro has cleared");
    }

    @Test
    void aCancelledPaymentHasNoReceipt() {
        String customer = Api.Erp.customer("TOKO BATAL KWITANSI");
        String number = Api.Payments.cash(customer, "100.00");
        post("/api/payments/" + number + "/cancel", json("{'reason':'entered twice'}"));

        Reply refused = Api.get("/api/payments/" + number + "/receipt");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.object().getString("code")).isEqualTo("receipt.cancelled");
    }
}
