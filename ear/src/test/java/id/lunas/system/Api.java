package id.lunas.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Talks to the deployed EAR over HTTP, as the ERP, the SFA app or a script would. */
public final class Api {

    public static final String BASE = System.getProperty("lunas.baseUrl", "http://localhost:8080");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Api() {
    }

    /** The demo users' password is their name followed by -demo-2026 (see README). */
    public static final Caller ADMIN = as("admin");

    public static Reply get(String path) {
        return ADMIN.get(path);
    }

    public static Reply post(String path, String json, String... headers) {
        return ADMIN.post(path, json, headers);
    }

    public static Reply put(String path, String json) {
        return ADMIN.put(path, json);
    }

    public static Caller as(String demoUser) {
        return as(demoUser, demoUser + "-demo-2026");
    }

    public static Caller as(String user, String password) {
        return new Caller("Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    public static Caller anonymous() {
        return new Caller(null);
    }

    /** Calls the API as one user (or as nobody). */
    public record Caller(String authorization) {

        public Reply get(String path, String... headers) {
            return Api.send(request(path, headers).GET());
        }

        public Reply post(String path, String json, String... headers) {
            return Api.send(request(path, headers).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** A document (a PDF): the status, its content type and its bytes. */
        public Document document(String path, String... headers) {
            try {
                HttpResponse<byte[]> response = CLIENT.send(request(path, headers).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                return new Document(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** A file as the body, e.g. a bank statement. */
        public Reply upload(String path, String contentType, byte[] file, String... headers) {
            return Api.send(request(path, headers).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        }

        /** Any other method, without a body. */
        public Reply send(String method, String path) {
            return Api.send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
        }

        public Reply put(String path, String json) {
            return Api.send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpRequest.Builder request(String path, String... headers) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            if (headers.length > 0) {
                builder.headers(headers);
            }
            return builder;
        }
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Today where the company is (Lunas' default zone), not on the machine running the tests. */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Single quotes stand for double quotes, so test bodies stay readable. */
    public static String json(String text) {
        return text.replace('\'', '"');
    }

    public record Document(int status, String contentType, byte[] bytes) {
    }

    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonObject object() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }

    /** The master data a payment needs, pushed the way the ERP does. */
    public static final class Erp {

        private Erp() {
        }

        public static String customer(String name) {
            String code = unique("C");
            expect(201, post("/api/customers", json("{'code':'" + code + "','name':'" + name + "'}")));
            return code;
        }

        public static String bankAccount() {
            String code = unique("BRI");
            expect(201, post("/api/bank-accounts", json("{'code':'" + code
                    + "','bankName':'BRI','accountNumber':'0123-01','accountName':'PT Lunas'}")));
            return code;
        }

        public static String invoice(String customer, String amount) {
            return invoice(customer, amount, java.time.LocalDate.of(2023, 7, 20));
        }

        public static String invoice(String customer, String amount, java.time.LocalDate issued) {
            String number = unique("INV");
            expect(201, post("/api/invoices", json("{'number':'" + number + "','customerCode':'" + customer
                    + "','invoiceDate':'" + issued + "','dueDate':'" + issued.plusDays(30) + "','amount':" + amount
                    + "}")));
            return number;
        }

        private static void expect(int status, Reply reply) {
            if (reply.status() != status) {
                throw new AssertionError("expected " + status + " but got " + reply);
            }
        }
    }

    /** A new user with one role, created by the admin; returns the user name. */
    public static String newUser(String role, String password) {
        String user = unique("user").toLowerCase(java.util.Locale.ROOT);
        Erp.expect(201, post("/api/users", json("{'username':'" + user + "','displayName':'Test " + role + "',"
                + "'password':'" + password + "','roles':['" + role + "']}")));
        return user;
    }

    /** Payments made over the API, so a test starts from the state it needs. */
    public static final class Payments {

        private Payments() {
        }

        /** An Active giro payment, recorded by the back office. */
        public static String giro(String customer, String issued, String effective, String amount) {
            return giro(customer, Erp.bankAccount(), issued, effective, amount);
        }

        /** An Active giro received for this company bank account. */
        public static String giro(String customer, String bankAccount, Object issued, Object effective, String amount) {
            Reply reply = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'" + issued
                    + "','method':'GIRO','bankAccountCode':'" + bankAccount + "','amount':" + amount + ","
                    + "'giro':{'number':'" + unique("BG") + "','drawerBank':'BCA','issueDate':'" + issued + "',"
                    + "'effectiveDate':'" + effective + "'}}"));
            return numberOf(201, reply);
        }

        /** An Active giro whose sheet carries this number (digits, as banks print it on a statement line). */
        public static String giro(String customer, String bankAccount, Object issued, Object effective, String amount,
                                  String giroNumber) {
            Reply reply = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'" + issued
                    + "','method':'GIRO','bankAccountCode':'" + bankAccount + "','amount':" + amount + ","
                    + "'giro':{'number':'" + giroNumber + "','drawerBank':'BCA','issueDate':'" + issued + "',"
                    + "'effectiveDate':'" + effective + "'}}"));
            return numberOf(201, reply);
        }

        /** A giro number of nine digits nobody has used. */
        public static String newGiroNumber() {
            return String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        }

        /** A cash payment, Completed as it is recorded (the money is in hand). */
        public static String cash(String customer, String amount) {
            return cash(customer, amount, java.time.LocalDate.of(2023, 8, 21));
        }

        public static String cash(String customer, String amount, java.time.LocalDate paid) {
            return numberOf(201, post("/api/payments", json("{'customerCode':'" + customer
                    + "','paymentDate':'" + paid + "','method':'CASH','amount':" + amount + "}")));
        }

        /** A Pending collection, submitted by the demo collector from the field. */
        public static String collection(String customer, String amount) {
            return numberOf(201, as("collector").post("/api/collections", json("{'customerCode':'" + customer
                    + "','paymentDate':'2023-08-21','method':'CASH','amount':" + amount + "}"),
                    "Idempotency-Key", unique("k")));
        }

        public static String status(String number) {
            return get("/api/payments/" + number).object().getString("status");
        }

        private static String numberOf(int status, Reply reply) {
            Erp.expect(status, reply);
            return reply.object().getString("number");
        }
    }
}
