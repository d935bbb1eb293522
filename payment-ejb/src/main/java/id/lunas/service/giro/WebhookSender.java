package id.lunas.service.giro;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** POSTs a JSON document, retrying with growing pauses; says whether it got through. */
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int attempts;
    private final Duration firstPause;

    public WebhookSender(int attempts, Duration firstPause) {
        this.attempts = attempts;
        this.firstPause = firstPause;
    }

    public boolean send(URI target, String json) {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        Duration pause = firstPause;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return true;
                }
                LOG.warning("Webhook " + target.getHost() + " answered " + status + " (attempt " + attempt + ")");
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Webhook " + target.getHost() + " unreachable (attempt " + attempt + ")", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (attempt < attempts && !sleep(pause)) {
                return false;
            }
            pause = pause.multipliedBy(2);
        }
        return false;
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
