package id.lunas.system;

import static id.lunas.system.Api.get;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What an operator relies on: health, the API description and one log line per request. */
class OperationsIT {

    @Test
    void readinessIsUpWhileTheDatabaseAnswers() {
        var ready = get("/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.object().getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("lunas-database");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndItsBodies() {
        JsonObject document = get("/openapi").object();

        JsonObject paths = document.getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/payments", "/api/payments/{number}", "/api/payments/{number}/resolve",
                "/api/payments/{number}/confirm", "/api/payments/{number}/cancel", "/api/payments/{number}/reject",
                "/api/payments/{number}/allocations", "/api/payments/{number}/history", "/api/collections",
                "/api/customers", "/api/customers/{code}", "/api/bank-accounts", "/api/bank-accounts/{code}",
                "/api/invoices", "/api/invoices/{number}", "/api/giro-scans", "/api/giros/overdue",
                "/api/giros/expiring", "/api/giros/maturity", "/api/customers/{code}/giro-record");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.getJsonObject("Problem").getJsonObject("properties").keySet())
                .contains("type", "title", "status", "detail", "errors");
        assertThat(schemas.getJsonObject("PaymentDetails").getJsonObject("properties").keySet())
                .contains("number", "status", "giro", "rejection", "allocations", "version");
        assertThat(schemas.getJsonObject("PaymentBody").getJsonObject("properties").keySet())
                .contains("customerCode", "paymentDate", "method", "giro", "allocations");
        String resolve = paths.getJsonObject("/api/payments/{number}/resolve").toString();
        assertThat(resolve).contains("#/components/schemas/PaymentDetails", "#/components/responses/BadRequest",
                "#/components/responses/NotFound", "#/components/responses/Conflict",
                "#/components/responses/PreconditionFailed");
        assertThat(document.getJsonObject("components").getJsonObject("responses").getJsonObject("Conflict")
                .toString()).contains("application/problem+json", "#/components/schemas/Problem");
        assertThat(paths.getJsonObject("/api/collections").toString()).contains("Idempotency-Key");
    }

    @Test
    void everyRequestLeavesOneStructuredLogLine() throws IOException {
        String marker = Api.unique("PR-LOG");
        get("/api/payments/" + marker);

        String log = Files.readString(Path.of(System.getProperty("lunas.serverLog")));
        assertThat(log).contains("{\"event\":\"http\",\"method\":\"GET\",\"path\":\"/api/payments/" + marker
                + "\",\"status\":404,\"durationMs\":");
    }

    @Test
    void anUnknownApiPathIsAProblemAndAnUnknownPageIsFriendly() {
        var api = get("/api/no-such-thing");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).startsWith("application/problem+json");

        var page = Api.anonymous().get("/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("java.lang.", ".java:");
        assertThat(Api.anonymous().get("/").status()).as("the back office asks for sign-in").isEqualTo(302);
        assertThat(Api.anonymous().get("/payments.xhtml").header("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml"));
    }

    @Test
    void theSignInPageSpeaksTheBrowsersLanguageAndSurvivesAMalformedPreference() {
        assertThat(Api.anonymous().get("/login.xhtml", "Accept-Language", "id-ID,id;q=0.9,en;q=0.5").body())
                .contains("Kata sandi");

        Reply malformed = Api.anonymous().get("/login.xhtml", "Accept-Language", "en;q=abc");

        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.body()).contains("Password").doesNotContain("Kata sandi");
    }
}
