package id.lunas.system;

import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API description is a contract clients generate code from: the committed copy
 * (docs/api/lunas-api.yaml, linted by Redocly in CI and compiled into a client by the build) is what
 * the server serves, it keeps the rules a generator relies on, and every answer uses exactly the
 * names its schema declares.
 */
class ApiContractIT {

    private static final Path COMMITTED = Path.of(System.getProperty("lunas.apiDescription"));
    private static final Path SERVED = Path.of(System.getProperty("lunas.servedApiDescription"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> ROOT_PROPERTIES =
            Set.of("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");
    private static final Pattern REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/(\\w+)/([\\w.-]+)\"");

    private static String committedText;
    private static OpenAPI description;

    @BeforeAll
    static void readTheCommittedDescription() throws IOException {
        committedText = Files.readString(COMMITTED);
        ParseOptions options = new ParseOptions();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(committedText, null, options);
        assertThat(parsed.getMessages()).as("what the OpenAPI 3.0 schema refuses").isEmpty();
        description = parsed.getOpenAPI();
    }

    @Test
    void theServerServesTheCommittedDescription() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, served.body());

        assertThat(YAML.readTree(served.body()))
                .as("the served description differs from docs/api/lunas-api.yaml; if the API change is meant, "
                        + "review %s and copy it over the committed one", SERVED)
                .isEqualTo(YAML.readTree(committedText));
    }

    @Test
    void theRootHoldsOnlyWhatOpenApiAllows() throws IOException {
        Iterator<String> names = YAML.readTree(committedText).fieldNames();
        List<String> unknown = new ArrayList<>();
        names.forEachRemaining(name -> {
            if (!ROOT_PROPERTIES.contains(name) && !name.startsWith("x-")) {
                unknown.add(name);
            }
        });

        assertThat(unknown).isEmpty();
    }

    @Test
    void theServersComeFromConfigurationOrAreRelative() {
        assertThat(description.getServers()).isNotEmpty().allSatisfy(server -> {
            assertThat(server.getUrl()).doesNotContain("localhost", "127.0.0.1", "example.com");
            assertThat(server.getUrl().equals("/") || !server.getUrl().endsWith("/"))
                    .as("no trailing slash: %s", server.getUrl()).isTrue();
        });
    }

    @Test
    void everyOperationHasAUniqueMeaningfulIdAndItsAnswersDeclared() {
        Map<String, String> owners = new LinkedHashMap<>();
        Set<String> declaredTags = new HashSet<>();
        description.getTags().forEach(tag -> declaredTags.add(tag.getName()));

        operations().forEach((where, operation) -> {
            String id = operation.getOperationId();
            assertThat(id).as("operationId of %s", where).isNotBlank().matches("[a-z][a-z]+[A-Z][A-Za-z]+");
            assertThat(owners.put(id, where)).as("%s is also the operationId of %s", id, owners.get(id)).isNull();
            assertThat(operation.getResponses().keySet()).as("answers of %s", where)
                    .anyMatch(code -> code.startsWith("2")).anyMatch(code -> code.startsWith("4"));
            assertThat(operation.getTags()).as("tags of %s", where).isNotEmpty().allMatch(declaredTags::contains);
        });
        assertThat(owners).containsKeys("listPayments", "getPayment", "resolvePayment", "rejectGiro",
                "submitCollection", "listOverdueGiros", "listInvoices", "listCustomers", "getCurrentUser");
    }

    @Test
    void everyPathParameterIsDeclaredAndEveryReferenceResolves() {
        description.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Set<String> declared = new HashSet<>();
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            parameters.stream().map(this::resolved).filter(p -> "path".equals(p.getIn()))
                    .forEach(p -> declared.add(p.getName()));
            Matcher template = Pattern.compile("\\{(\\w+)}").matcher(path);
            while (template.find()) {
                assertThat(declared).as("%s %s declares {%s}", method, path, template.group(1))
                        .contains(template.group(1));
            }
        }));

        Matcher reference = REF.matcher(jsonOfTheDescription());
        while (reference.find()) {
            assertThat(components(reference.group(1))).as("#/components/%s/%s", reference.group(1), reference.group(2))
                    .containsKey(reference.group(2));
        }
    }

    @Test
    void everyComponentIsUsed() {
        String json = jsonOfTheDescription();
        Set<String> referenced = new HashSet<>();
        Matcher reference = REF.matcher(json);
        while (reference.find()) {
            referenced.add(reference.group(1) + "/" + reference.group(2));
        }

        for (String kind : List.of("schemas", "responses", "parameters")) {
            assertThat(components(kind).keySet()).as("unused %s", kind)
                    .allMatch(name -> referenced.contains(kind + "/" + name));
        }
    }

    @Test
    void everyAnswerUsesOnlyTheNamesItsSchemaDeclares() {
        String customer = Api.Erp.customer("TOKO KONTRAK API");
        String invoice = Api.Erp.invoice(customer, "5000000.00");
        String bankAccount = Api.Erp.bankAccount();
        LocalDate today = Api.today();
        String rejected = Api.Payments.giro(customer, today.minusDays(20).toString(), today.minusDays(15).toString(),
                "1000.00");
        post("/api/payments/" + rejected + "/reject",
                json("{'rejectedDate':'" + today.minusDays(1) + "','reasonCode':'INSUFFICIENT_FUNDS','note':'kosong'}"));
        String overdue = Api.Payments.giro(customer, today.minusDays(66).toString(), today.minusDays(60).toString(),
                "2500000.00");
        post("/api/giro-scans", "");
        String depositAccount = Api.Erp.bankAccount();
        String deposited = Api.Payments.giro(customer, depositAccount, today.minusDays(5), today.minusDays(1),
                "750.00");
        Api.Payments.giro(customer, depositAccount, today.minusDays(5), today.minusDays(1), "250.00");
        String deposit = post("/api/giro-deposits", json("{'bankAccountCode':'" + depositAccount + "','depositDate':'"
                + today + "','payments':['" + deposited + "']}")).object().getString("number");

        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("/api/payments", "/api/payments?size=5");
        answers.put("/api/payments/{number}", "/api/payments/" + rejected);
        answers.put("/api/payments/{number}/history", "/api/payments/" + rejected + "/history");
        answers.put("/api/giros/overdue", "/api/giros/overdue");
        answers.put("/api/giros/expiring", "/api/giros/expiring");
        answers.put("/api/giros/maturity", "/api/giros/maturity?from=" + today.minusDays(90) + "&to=" + today);
        answers.put("/api/giro-scans", "/api/giro-scans");
        answers.put("/api/customers", "/api/customers?q=" + customer);
        answers.put("/api/customers/{code}", "/api/customers/" + customer);
        answers.put("/api/customers/{code}/giro-record", "/api/customers/" + customer + "/giro-record");
        answers.put("/api/bank-accounts", "/api/bank-accounts");
        answers.put("/api/bank-accounts/{code}", "/api/bank-accounts/" + bankAccount);
        answers.put("/api/invoices", "/api/invoices?customerCode=" + customer);
        answers.put("/api/invoices/{number}", "/api/invoices/" + invoice);
        answers.put("/api/users", "/api/users");
        answers.put("/api/me", "/api/me");
        answers.put("/api/books", "/api/books");
        answers.put("/api/reports/ar-aging", "/api/reports/ar-aging");
        answers.put("/api/giros/register", "/api/giros/register?from=" + today.minusDays(90) + "&to=" + today);
        answers.put("/api/payment-events", "/api/payment-events?customerCode=" + customer);
        answers.put("/api/giro-deposits", "/api/giro-deposits");
        answers.put("/api/giro-deposits/candidates", "/api/giro-deposits/candidates?bankAccount=" + depositAccount);
        answers.put("/api/giro-deposits/{number}", "/api/giro-deposits/" + deposit);

        List<String> undeclared = new ArrayList<>();
        answers.forEach((template, path) -> {
            Api.Reply reply = Api.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            JsonNode answer = readJson(reply.body());
            assertThat(answer.isEmpty()).as("%s answers something to check", path).isFalse();
            undeclared.addAll(undeclaredNames(answer, okSchema(template), template));
        });
        undeclared.addAll(undeclaredNames(readJson(Api.get("/api/payments/" + deposited).body()),
                okSchema("/api/payments/{number}"), "a deposited giro"));
        JsonNode problem = readJson(Api.get("/api/payments/" + overdue + "x").body());
        undeclared.addAll(undeclaredNames(problem, schema("Problem"), "a problem"));
        JsonNode invalid = readJson(post("/api/payments", json("{'customerCode':'','method':'CHEQUE'}")).body());
        assertThat(invalid.get("errors")).isNotEmpty();
        undeclared.addAll(undeclaredNames(invalid, schema("Problem"), "a validation problem"));

        assertThat(undeclared).isEmpty();
    }

    private Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        description.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }

    private Parameter resolved(Parameter parameter) {
        return parameter.get$ref() == null ? parameter
                : description.getComponents().getParameters().get(name(parameter.get$ref()));
    }

    private Map<String, ?> components(String kind) {
        var components = description.getComponents();
        Map<String, ?> found = switch (kind) {
            case "schemas" -> components.getSchemas();
            case "responses" -> components.getResponses();
            case "parameters" -> components.getParameters();
            default -> throw new IllegalArgumentException("a component kind Lunas does not use: " + kind);
        };
        return found == null ? Map.of() : found;
    }

    private String jsonOfTheDescription() {
        try {
            return new ObjectMapper().writeValueAsString(YAML.readTree(committedText));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Schema<?> okSchema(String template) {
        PathItem item = description.getPaths().get(template);
        assertThat(item).as(template).isNotNull();
        return item.getGet().getResponses().get("200").getContent().get("application/json").getSchema();
    }

    private Schema<?> schema(String name) {
        return description.getComponents().getSchemas().get(name);
    }

    private Schema<?> resolved(Schema<?> schema) {
        Schema<?> current = schema;
        while (current != null && current.get$ref() != null) {
            current = schema(name(current.get$ref()));
        }
        if (current != null && current.getAllOf() != null && current.getProperties() == null) {
            return current.getAllOf().size() == 1 ? resolved(current.getAllOf().get(0)) : current;
        }
        return current;
    }

    private List<String> undeclaredNames(JsonNode value, Schema<?> declared, String where) {
        Schema<?> schema = resolved(declared);
        List<String> undeclared = new ArrayList<>();
        if (schema == null) {
            undeclared.add(where + " has no schema");
        } else if (value.isArray()) {
            value.forEach(item -> undeclared.addAll(undeclaredNames(item, schema.getItems(), where + "[]")));
        } else if (value.isObject()) {
            Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            value.fields().forEachRemaining(field -> {
                if (!properties.containsKey(field.getKey())) {
                    undeclared.add(where + "." + field.getKey());
                } else {
                    undeclared.addAll(undeclaredNames(field.getValue(), properties.get(field.getKey()),
                            where + "." + field.getKey()));
                }
            });
        }
        return undeclared;
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static JsonNode readJson(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
