package id.lunas.system;

import static id.lunas.system.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Caller;
import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an attacker tried against a running server, one test per finding of the hardening issue. */
class HardeningIT {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";

    @Test
    void theAdminPortRefusesAnonymousManagementCallsAndListensOnThisMachineOnly() throws IOException {
        Reply management = Api.anonymous().get("http://localhost:" + Server.ADMIN_PORT + "/management/domain");
        assertThat(management.status()).isEqualTo(401);

        for (InetAddress address : publicAddresses()) {
            // portbase + 48 administration, 37 IIOP, 86 JMX, 49 the data grid, 76 JMS
            int base = Server.ADMIN_PORT - 48;
            for (int port : List.of(base + 48, base + 37, base + 86, base + 49, base + 76)) {
                assertThat(accepts(address, port)).as(address + ":" + port).isFalse();
            }
        }
    }

    @Test
    void theLastEnabledAdministratorCanNeitherDisableThemselfNorGiveUpAdmin() {
        for (JsonObject user : Api.get("/api/users").array().getValuesAs(JsonObject.class)) {
            boolean otherAdmin = !user.getString("username").equals("admin") && user.getBoolean("enabled")
                    && user.getJsonArray("roles").toString().contains("ADMIN");
            if (otherAdmin) {
                assertThat(Api.post("/api/users/" + user.getString("username") + "/disable", "").status()).isEqualTo(200);
            }
        }

        Reply disable = Api.post("/api/users/admin/disable", "");
        Reply demote = Api.put("/api/users/admin/roles", json("['FINANCE']"));

        assertThat(List.of(disable, demote)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(409);
            assertThat(reply.object().getString("detail")).contains("last enabled administrator");
        });
        assertThat(Api.get("/api/me").object().getJsonArray("roles").toString()).contains("ADMIN");
    }

    @Test
    void anAttackerIsSlowedDownWhileTheOwnerWithTheRightPasswordStillGetsInWithinAMinute() throws InterruptedException {
        String user = Api.newUser("FINANCE", "owner-password-1");
        Caller attacker = Api.as(user, "guessed-password");
        int refused = 0;
        Reply last = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            last = attacker.get("/api/me", "X-Forwarded-For", ATTACKER);
            if (last.status() == 429) {
                refused++;
            }
        }
        assertThat(refused).as("attempts refused without a password check").isGreaterThan(20);
        assertThat(last.header("Retry-After")).isPresent();
        assertThat(Api.as(user, "owner-password-1").get("/api/me", "X-Forwarded-For", ATTACKER).status())
                .as("even the right password waits from the attacker's address").isEqualTo(429);

        long deadline = System.nanoTime() + 60_000_000_000L;
        int owner = 0;
        while (System.nanoTime() < deadline && owner != 200) {
            owner = Api.as(user, "owner-password-1").get("/api/me", "X-Forwarded-For", OWNER).status();
            if (owner != 200) {
                Thread.sleep(2_000);
            }
        }
        assertThat(owner).as("the owner, from their own address, within a minute").isEqualTo(200);
    }

    @Test
    void redirectsNeverCarryAHostTheServerWasNotConfiguredWith() throws IOException {
        List<String> page = rawGet("/payments.xhtml", "evil.example");
        List<String> protocolRelative = rawGet("//evil.example/payments.xhtml", "localhost");

        assertThat(page.get(0)).contains("302");
        assertThat(page).contains("Location: /login.xhtml").noneMatch(h -> h.contains("evil.example"));
        assertThat(protocolRelative).noneMatch(h -> h.startsWith("Location:") && h.contains("evil.example"));

        String code = Api.unique("C");
        List<String> created = rawPost("/api/customers", "evil.example", json("{'code':'" + code + "','name':'x'}"));
        assertThat(created.get(0)).contains("201");
        assertThat(created).contains("Location: /api/customers/" + code);
    }

    @Test
    void anIdempotencyKeyBelongsToTheUserWhoSentIt() {
        String customer = Api.Erp.customer("TOKO KUNCI");
        String key = Api.unique("key");
        String body = json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21','method':'CASH','amount':75}");
        String other = Api.newUser("COLLECTOR", "collector-password-2");

        Reply first = Api.as("collector").post("/api/collections", body, "Idempotency-Key", key);
        Reply second = Api.as(other, "collector-password-2").post("/api/collections", body, "Idempotency-Key", key);
        Reply replay = Api.as("collector").post("/api/collections", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).as("a new collection of the other collector").isEqualTo(201);
        assertThat(second.object().getString("number")).isNotEqualTo(first.object().getString("number"));
        assertThat(second.object().getString("createdBy")).isEqualTo(other);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.object().getString("number")).isEqualTo(first.object().getString("number"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoServerVersionsAndMetricsAreNotPublic() throws IOException {
        List<Reply> answers = List.of(Api.anonymous().get("/no-such-page"), Api.anonymous().get("/payments.xhtml"),
                Api.anonymous().get("/api/payments"), Api.as("viewer").post("/api/payments", "{}"),
                Api.as("viewer").send("DELETE", "/api/payments"), Api.anonymous().get("/login.xhtml"));

        assertThat(answers).extracting(Reply::status).containsExactly(404, 302, 401, 403, 405, 200);
        for (Reply answer : answers) {
            assertThat(answer.header("Content-Security-Policy")).as(answer.toString()).isPresent();
            assertThat(answer.header("X-Frame-Options")).as(answer.toString()).hasValue("DENY");
            assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).hasValue("nosniff");
            assertThat(answer.header("Server")).as(answer.toString()).isEmpty();
            assertThat(answer.header("X-Powered-By")).as(answer.toString()).isEmpty();
        }
        assertThat(rawGet("/login.xhtml", "localhost")).anySatisfy(header -> assertThat(header)
                .startsWith("Set-Cookie: JSESSIONID=").contains("HttpOnly").contains("SameSite=Strict"));
        assertThat(Api.anonymous().get("/metrics").status()).isNotEqualTo(200);
    }

    @Test
    void outOfRangePagesAndSortsAreRefusedNotErrors() {
        List<Reply> refused = List.of(Api.get("/api/payments?sort=,"), Api.get("/api/payments?page=2147483647"),
                Api.get("/api/invoices?page=2147483647"), Api.get("/api/payments?size=100000"),
                Api.get("/api/payments?page=99999999999"));

        assertThat(refused).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        });
    }

    @Test
    void businessDatesOutsideThePlausibleRangeAreRefusedNeverShifted() {
        String customer = Api.Erp.customer("TOKO TANGGAL");
        for (String date : List.of("0000-06-15", "1582-10-10", "2100-01-01")) {
            Reply refused = Api.post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'" + date
                    + "','method':'CASH','amount':10}"));
            assertThat(refused.status()).as(date).isEqualTo(400);
            assertThat(refused.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("paymentDate");
        }
        assertThat(Api.get("/api/payments?customerCode=" + customer).object().getInt("totalItems")).isZero();
    }

    @Test
    void wildcardsInASearchMatchThemselves() {
        assertThat(Api.get("/api/payments?q=%25").object().getInt("totalItems")).isZero();
        assertThat(Api.get("/api/payments?q=PR-2308_0811").object().getInt("totalItems")).isZero();
        assertThat(Api.get("/api/payments?q=PR-230800811").object().getInt("totalItems")).isEqualTo(1);
        assertThat(Api.get("/api/customers?q=%25").array()).isEmpty();
    }

    @Test
    void controlCharactersInTextFieldsAreRefused() {
        Reply refused = Api.as("erp").post("/api/customers", json("{'code':'" + Api.unique("C") + "','name':'TOKO\\u0000X'}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("name");
    }

    @Test
    void aMalformedBodyNamesTheFieldNeverAJavaClass() {
        Reply wrongType = Api.post("/api/payments", json("{'customerCode':'1188','amount':'lots'}"));
        Reply wrongShape = Api.post("/api/payments", json("{'giro':'BG-1'}"));

        assertThat(List.of(wrongType, wrongShape)).allSatisfy(reply -> {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.body()).doesNotContain("class ", "java.", "id.lunas.", "Exception");
        });
        assertThat(wrongType.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("amount");
    }

    @Test
    void aWellFormedEntityTagThatIsNotTheCurrentVersionIsPreconditionFailed() {
        String customer = Api.Erp.customer("TOKO ETAG");
        String number = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "100");

        for (String tag : List.of("\"abc\"", "W/\"1\"", "\"99\"")) {
            Reply stale = Api.post("/api/payments/" + number + "/resolve", json("{'resolvedDate':'2023-08-22'}"),
                    "If-Match", tag);
            assertThat(stale.status()).as(tag).isEqualTo(412);
        }
        assertThat(Api.post("/api/payments/" + number + "/resolve", json("{'resolvedDate':'2023-08-22'}"),
                "If-Match", "not-a-tag").status()).isEqualTo(400);
        assertThat(Api.Payments.status(number)).isEqualTo("ACTIVE");
    }

    private static List<InetAddress> publicAddresses() throws IOException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                Collections.list(network.getInetAddresses()).stream().filter(a -> a instanceof Inet4Address)
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** A request with a Host header of our choosing, which java.net.http does not allow; answers the header lines. */
    private static List<String> rawGet(String path, String host) throws IOException {
        return raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
    }

    private static List<String> rawPost(String path, String host, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return raw("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                + "Authorization: " + Api.as("erp").authorization() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n" + json);
    }

    private static List<String> raw(String request) throws IOException {
        URI base = URI.create(Api.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> headers = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                headers.add(line);
            }
            return headers;
        }
    }
}
