package id.lunas.service.giro;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookSenderTest {

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aFailedDeliveryIsRetriedUntilItGetsThrough() throws IOException {
        URI target = serve(2);

        boolean delivered = new WebhookSender(4, Duration.ofMillis(10)).send(target, "{\"newlyOverdue\":3}");

        assertThat(delivered).isTrue();
        assertThat(received).hasSize(3).allMatch("{\"newlyOverdue\":3}"::equals);
    }

    @Test
    void itGivesUpAfterItsAttempts() throws IOException {
        URI target = serve(10);

        assertThat(new WebhookSender(3, Duration.ofMillis(10)).send(target, "{}")).isFalse();
        assertThat(received).hasSize(3);
    }

    /** A local receiver that fails the first {@code failures} deliveries. */
    private URI serve(int failures) throws IOException {
        AtomicInteger calls = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(calls.incrementAndGet() <= failures ? 503 : 204, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }
}
