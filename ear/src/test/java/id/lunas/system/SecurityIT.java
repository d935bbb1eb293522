package id.lunas.system;

import static id.lunas.system.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Caller;
import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may do what over REST, proven per role against the deployed EAR. */
class SecurityIT {

    private static final List<String> ROLES = List.of("admin", "finance", "manager", "collector", "viewer", "erp");

    /**
     * One call per endpoint, made so that a caller who is allowed gets past authorization (to a
     * 200, 201, 400, 404 or 409) and one who is not gets 403.
     */
    private static final Map<String, Function<Caller, Reply>> ENDPOINTS = Map.ofEntries(
            Map.entry("list payments", c -> c.get("/api/payments?size=1")),
            Map.entry("read payment", c -> c.get("/api/payments/PR-000000000")),
            Map.entry("payment history", c -> c.get("/api/payments/PR-000000000/history")),
            Map.entry("record payment", c -> c.post("/api/payments", "{}")),
            Map.entry("confirm", c -> c.post("/api/payments/PR-000000000/confirm", "")),
            Map.entry("resolve", c -> c.post("/api/payments/PR-000000000/resolve", "{\"resolvedDate\":\"2023-08-22\"}")),
            Map.entry("cancel", c -> c.post("/api/payments/PR-000000000/cancel", "{\"reason\":\"x\"}")),
            Map.entry("reject giro", c -> c.post("/api/payments/PR-000000000/reject", "{}")),
            Map.entry("allocate", c -> c.post("/api/payments/PR-000000000/allocations", "[]")),
            Map.entry("submit collection", c -> c.post("/api/collections", "{}")),
            Map.entry("list customers", c -> c.get("/api/customers?q=1188")),
            Map.entry("write customer", c -> c.post("/api/customers", "{}")),
            Map.entry("list bank accounts", c -> c.get("/api/bank-accounts")),
            Map.entry("write bank account", c -> c.put("/api/bank-accounts/NOPE", "{}")),
            Map.entry("list invoices", c -> c.get("/api/invoices?size=1")),
            Map.entry("write invoice", c -> c.post("/api/invoices", "{}")),
            Map.entry("import invoices", c -> c.post("/api/invoices/batch", "[]")),
            Map.entry("overdue giros", c -> c.get("/api/giros/overdue")),
            Map.entry("giro scans", c -> c.get("/api/giro-scans")),
            Map.entry("run giro scan", c -> c.post("/api/giro-scans?probe=only", "")),
            Map.entry("giro record", c -> c.get("/api/customers/NOPE/giro-record")),
            Map.entry("customer credit", c -> c.get("/api/customers/NOPE/credit")),
            Map.entry("giro mode", c -> c.put("/api/customers/NOPE/giro-mode", "{}")),
            Map.entry("list users", c -> c.get("/api/users")),
            Map.entry("create user", c -> c.post("/api/users", "{}")),
            Map.entry("books", c -> c.get("/api/books")),
            Map.entry("close books", c -> c.post("/api/books/close", "{}")),
            Map.entry("reopen books", c -> c.post("/api/books/reopen", "{}")),
            Map.entry("write setting", c -> c.put("/api/settings/NOPE", "{}")),
            Map.entry("collection lists", c -> c.get("/api/collection-lists?size=1")),
            Map.entry("create collection list", c -> c.post("/api/collection-lists", "{}")),
            Map.entry("complete collection list", c -> c.post("/api/collection-lists/SC-000000000/complete", "")),
            Map.entry("expected handover", c -> c.get("/api/handovers/expected?collector=nobody")),
            Map.entry("handovers", c -> c.get("/api/handovers?size=1")),
            Map.entry("save handover", c -> c.post("/api/handovers", "{}")),
            Map.entry("settle shortage", c -> c.post("/api/handovers/ST-000000000/settle-shortage", "{}")),
            Map.entry("collector balances", c -> c.get("/api/collector-balances")),
            Map.entry("collector payments report", c -> c.get("/api/reports/collector-payments")),
            Map.entry("me", c -> c.get("/api/me")));

    private static final Set<String> READ_PAYMENTS = Set.of("admin", "finance", "manager", "viewer", "erp", "collector");
    private static final Set<String> FINANCE = Set.of("admin", "finance", "manager");
    private static final Set<String> MONTH_END = Set.of("admin", "manager");
    private static final Set<String> EVERYONE = Set.copyOf(ROLES);

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("list payments", READ_PAYMENTS),
            Map.entry("read payment", READ_PAYMENTS),
            Map.entry("payment history", READ_PAYMENTS),
            Map.entry("record payment", FINANCE),
            Map.entry("confirm", FINANCE),
            Map.entry("resolve", FINANCE),
            Map.entry("cancel", FINANCE),
            Map.entry("reject giro", FINANCE),
            Map.entry("allocate", FINANCE),
            Map.entry("submit collection", Set.of("admin", "finance", "manager", "collector")),
            Map.entry("list customers", EVERYONE),
            Map.entry("write customer", Set.of("admin", "erp")),
            Map.entry("list bank accounts", EVERYONE),
            Map.entry("write bank account", Set.of("admin", "erp")),
            Map.entry("list invoices", EVERYONE),
            Map.entry("write invoice", Set.of("admin", "erp")),
            Map.entry("import invoices", Set.of("admin", "erp")),
            Map.entry("overdue giros", Set.of("admin", "finance", "manager", "viewer", "erp")),
            Map.entry("giro scans", Set.of("admin", "finance", "manager", "viewer", "erp")),
            Map.entry("run giro scan", FINANCE),
            Map.entry("giro record", EVERYONE),
            Map.entry("customer credit", EVERYONE),
            Map.entry("giro mode", MONTH_END),
            Map.entry("list users", Set.of("admin")),
            Map.entry("create user", Set.of("admin")),
            Map.entry("books", Set.of("admin", "finance", "manager", "viewer", "erp")),
            Map.entry("close books", MONTH_END),
            Map.entry("reopen books", Set.of("admin")),
            Map.entry("write setting", MONTH_END),
            Map.entry("collection lists", READ_PAYMENTS),
            Map.entry("create collection list", FINANCE),
            Map.entry("complete collection list", FINANCE),
            Map.entry("expected handover", Set.of("admin", "finance", "manager", "viewer", "erp")),
            Map.entry("handovers", Set.of("admin", "finance", "manager", "viewer", "erp")),
            Map.entry("save handover", FINANCE),
            Map.entry("settle shortage", FINANCE),
            Map.entry("collector balances", READ_PAYMENTS),
            Map.entry("collector payments report", Set.of("admin", "finance", "manager", "viewer", "erp")),
            Map.entry("me", EVERYONE));

    static Stream<Arguments> roleMatrix() {
        return ENDPOINTS.keySet().stream().sorted()
                .flatMap(endpoint -> ROLES.stream().map(role -> Arguments.of(endpoint, role)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("roleMatrix")
    void eachRoleMayDoWhatItsJobNeedsAndNothingMore(String endpoint, String role) {
        Reply reply = ENDPOINTS.get(endpoint).apply(Api.as(role));

        if (ALLOWED.get(endpoint).contains(role)) {
            assertThat(reply.status()).as(reply.toString()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @ParameterizedTest(name = "{0} without credentials")
    @MethodSource("endpoints")
    void everyEndpointWithoutCredentialsIs401WithAChallenge(String endpoint) {
        Reply reply = ENDPOINTS.get(endpoint).apply(Api.anonymous());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic realm="));
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.object().getInt("status")).isEqualTo(401);
    }

    static Stream<String> endpoints() {
        return ENDPOINTS.keySet().stream().sorted();
    }

    @Test
    void aWrongPasswordIs401AndHealthAndOpenApiStayPublic() {
        assertThat(Api.as("finance", "not-the-password").get("/api/payments").status()).isEqualTo(401);
        assertThat(Api.anonymous().get("/health/ready").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/openapi").status()).isEqualTo(200);
    }

    @Test
    void wrongPasswordsNeverLockAnAccountAndAnAdministratorsNewPasswordClearsTheWait() {
        String user = Api.newUser("VIEWER", "first-password-1");
        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(user, "wrong-password-" + i).get("/api/me", "X-Forwarded-For", "192.0.2.10").status())
                    .isIn(401, 429);
        }

        assertThat(Api.post("/api/users/" + user + "/password", json("{'password':'second-password-2'}")).status())
                .isEqualTo(200);
        assertThat(Api.as(user, "second-password-2").get("/api/me", "X-Forwarded-For", "192.0.2.10").object()
                .getString("username")).isEqualTo(user);
    }

    @Test
    void aDisabledUserCannotSignInAndUsersChangeTheirOwnPassword() {
        String user = Api.unique("sales").toLowerCase();
        Api.post("/api/users", json("{'username':'" + user + "','displayName':'Sales','password':'first-password-1',"
                + "'roles':['COLLECTOR']}"));
        Caller self = Api.as(user, "first-password-1");

        assertThat(self.put("/api/me/password", json("{'currentPassword':'nope','newPassword':'x'}")).status())
                .isEqualTo(400);
        assertThat(self.put("/api/me/password", json("{'currentPassword':'first-password-1',"
                + "'newPassword':'second-password-2'}")).status()).isEqualTo(204);
        assertThat(self.get("/api/me").status()).isEqualTo(401);
        Caller renewed = Api.as(user, "second-password-2");
        assertThat(renewed.get("/api/me").status()).isEqualTo(200);

        Api.post("/api/users/" + user + "/disable", "");
        assertThat(renewed.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void everyChangeCarriesTheSignedInUserAndACollectorSeesOnlyOwnCollections() {
        String customer = Api.Erp.customer("TOKO ATRIBUSI");
        Reply collected = Api.as("collector").post("/api/collections", json("{'customerCode':'" + customer
                + "','paymentDate':'2023-08-21','method':'CASH','amount':10}"), "Idempotency-Key", Api.unique("k"));
        String number = collected.object().getString("number");
        assertThat(collected.object().getString("createdBy")).isEqualTo("collector");
        assertThat(collected.object().getString("collector")).isEqualTo("collector");

        Api.as("finance").post("/api/payments/" + number + "/confirm", "");

        List<JsonObject> history = Api.get("/api/payments/" + number + "/history").array().getValuesAs(JsonObject.class);
        assertThat(history).extracting(e -> e.getString("user")).containsExactly("collector", "finance");
        String others = Api.as("finance").post("/api/payments", json("{'customerCode':'" + customer
                + "','paymentDate':'2023-08-21','method':'CASH','amount':5}")).object().getString("number");
        assertThat(Api.as("collector").get("/api/payments/" + number).status()).isEqualTo(200);
        assertThat(Api.as("collector").get("/api/payments/" + others).status()).isEqualTo(404);
        assertThat(Api.as("collector").get("/api/payments?customerCode=" + customer).object()
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("number")).containsExactly(number);
    }

    @Test
    void passwordsAndHashesNeverLeaveTheServer() {
        String users = Api.get("/api/users").body();

        assertThat(users).contains("\"username\":\"admin\"").doesNotContain("password", "PBKDF2", "-demo-2026");
    }

    @Test
    void pagesAndApiAnswersCarrySecurityHeadersAgainstFramingSniffingAndForeignContent() {
        for (Reply reply : List.of(Api.anonymous().get("/login.xhtml"), Api.get("/api/payments?size=1"))) {
            assertThat(reply.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
            assertThat(reply.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(reply.header("X-Frame-Options")).hasValue("DENY");
        }
        assertThat(Api.anonymous().get("/login.xhtml").header("Cache-Control")).hasValue("no-store");
    }
}
