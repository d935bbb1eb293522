package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static id.lunas.system.Api.put;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** What the ERP pushes: customers, bank accounts and invoices. */
class MasterDataApiIT {

    @Test
    void aCustomerIsCreatedReadUpdatedAndItsCodeCannotBeTakenTwice() {
        String code = Api.unique("C");
        Reply created = post("/api/customers", json("{'code':'" + code + "','name':'WARUNG <b>BU</b> SITI',"
                + "'address':'Jl. Melati 4','phone':'0812'}"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).as("relative, never built from the Host header").hasValue("/api/customers/" + code);
        assertThat(get("/api/customers/" + code).object().getString("name")).isEqualTo("WARUNG <b>BU</b> SITI");
        assertThat(post("/api/customers", json("{'code':'" + code + "','name':'again'}")).status()).isEqualTo(409);

        Reply updated = put("/api/customers/" + code, json("{'name':'WARUNG BU SITI','active':false}"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.object().getBoolean("active")).isFalse();
        assertThat(get("/api/customers?q=" + code).array()).hasSize(1);
        assertThat(put("/api/customers/" + code, json("{'code':'OTHER','name':'x'}")).status()).isEqualTo(400);
        assertThat(put("/api/customers/NOPE-" + code, json("{'name':'x'}")).status()).isEqualTo(404);
        assertThat(post("/api/customers", json("{'code':'" + Api.unique("C") + "'}")).status()).isEqualTo(400);
    }

    @Test
    void aBankAccountIsCreatedListedAndUpdated() {
        String code = Api.Erp.bankAccount();

        assertThat(get("/api/bank-accounts").array().getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("code")).contains(code);
        Reply updated = put("/api/bank-accounts/" + code, json("{'bankName':'BRI','accountNumber':'999',"
                + "'accountName':'PT Lunas Baru'}"));
        assertThat(updated.object().getString("accountName")).isEqualTo("PT Lunas Baru");
        assertThat(post("/api/bank-accounts", json("{'code':'" + code + "','bankName':'BRI','accountNumber':'1',"
                + "'accountName':'x'}")).status()).isEqualTo(409);
        assertThat(get("/api/bank-accounts/NOPE").status()).isEqualTo(404);
    }

    @Test
    void anInvoiceShowsWhatIsPaidAndCannotDropBelowIt() {
        String customer = Api.Erp.customer("CV MAJU JAYA");
        String invoice = Api.Erp.invoice(customer, "1000.00");
        post("/api/collections", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21','method':'CASH',"
                + "'amount':400,'allocations':[{'invoiceNumber':'" + invoice + "','amount':400}]}"),
                "Idempotency-Key", Api.unique("k"));

        JsonObject figures = get("/api/invoices/" + invoice).object();
        assertThat(figures.getJsonNumber("pending").toString()).isEqualTo("400.00");
        assertThat(figures.getJsonNumber("outstanding").toString()).isEqualTo("600.00");
        assertThat(figures.getString("status")).isEqualTo("PARTIALLY_PAID");
        assertThat(figures.getJsonArray("payments")).hasSize(1);

        Reply tooLow = put("/api/invoices/" + invoice, json("{'customerCode':'" + customer + "','invoiceDate':'2023-07-20',"
                + "'dueDate':'2023-08-19','amount':399.99}"));
        assertThat(tooLow.status()).isEqualTo(409);
        Reply raised = put("/api/invoices/" + invoice, json("{'customerCode':'" + customer + "','invoiceDate':'2023-07-20',"
                + "'dueDate':'2023-08-19','amount':1200}"));
        assertThat(raised.object().getJsonNumber("outstanding").toString()).isEqualTo("800.00");

        assertThat(get("/api/invoices?customerCode=" + customer + "&status=PARTIALLY_PAID").object().getInt("totalItems"))
                .isEqualTo(1);
        assertThat(get("/api/invoices?customerCode=" + customer + "&status=OPEN").object().getInt("totalItems")).isZero();
        assertThat(post("/api/invoices", json("{'number':'" + invoice + "','customerCode':'" + customer
                + "','invoiceDate':'2023-07-20','dueDate':'2023-08-19','amount':1}")).status()).isEqualTo(409);
        assertThat(post("/api/invoices", json("{'number':'" + Api.unique("INV") + "','customerCode':'NOPE',"
                + "'invoiceDate':'2023-07-20','dueDate':'2023-08-19','amount':1}")).status()).isEqualTo(404);
        assertThat(get("/api/invoices/NOPE").status()).isEqualTo(404);
    }

    @Test
    void anErpImportBatchIsSavedWholeOrNotAtAllWithEveryBadLineReported() {
        String customer = Api.Erp.customer("TOKO IMPOR");
        String first = Api.unique("INV");
        String second = Api.unique("INV");
        String taken = Api.Erp.invoice(customer, "10.00");

        Reply refused = Api.as("erp").post("/api/invoices/batch", json("[" + line(first, customer, "100.00") + ","
                + line(second, "C-NOBODY", "50.00") + "," + line(taken, customer, "-1") + "]"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("invoices[1].customerCode", "invoices[2].amount", "invoices[2].number");
        assertThat(get("/api/invoices/" + first).status()).as("nothing of a refused batch is saved").isEqualTo(404);

        Reply imported = Api.as("erp").post("/api/invoices/batch", json("[" + line(first, customer, "100.00") + ","
                + line(second, customer, "50.00") + "]"));

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.object().getInt("created")).isEqualTo(2);
        assertThat(get("/api/invoices?customerCode=" + customer).object().getInt("totalItems")).isEqualTo(3);
        assertThat(get("/api/invoices/" + second).object().getJsonNumber("outstanding").toString()).isEqualTo("50.00");
    }

    @Test
    void anImportBatchHoldsAtMostAThousandInvoices() {
        String lines = String.join(",", java.util.Collections.nCopies(1001, line("X", "C", "1")));

        Reply refused = Api.as("erp").post("/api/invoices/batch", json("[" + lines + "]"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getString("detail")).contains("At most 1,000 invoices");
    }

    private static String line(String number, String customer, String amount) {
        return "{'number':'" + number + "','customerCode':'" + customer + "','invoiceDate':'2023-07-01',"
                + "'dueDate':'2023-07-31','amount':" + amount + "}";
    }
}
