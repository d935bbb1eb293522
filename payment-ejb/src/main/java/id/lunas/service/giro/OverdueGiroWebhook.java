package id.lunas.service.giro;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells an outside system (chat, e-mail gateway) about newly overdue giros when
 * {@code LUNAS_WEBHOOK_URL} is set. Runs on the async event thread, so retries never hold the scan.
 */
@ApplicationScoped
public class OverdueGiroWebhook {

    private static final Logger LOG = Logger.getLogger(OverdueGiroWebhook.class.getName());

    @Inject
    @ConfigProperty(name = "lunas.webhook.url")
    Optional<String> url;

    private final WebhookSender sender = new WebhookSender(4, Duration.ofSeconds(2));

    void deliver(@ObservesAsync OverdueGirosFlagged event) {
        url.filter(u -> !u.isBlank()).ifPresent(target -> {
            if (!sender.send(URI.create(target.strip()), summary(event))) {
                LOG.warning("Overdue giro notification for " + event.businessDate() + " was not delivered");
            }
        });
    }

    static String summary(OverdueGirosFlagged event) {
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        event.paymentNumbers().forEach(numbers::add);
        return Json.createObjectBuilder()
                .add("event", "overdue-giros")
                .add("businessDate", event.businessDate().toString())
                .add("newlyOverdue", event.count())
                .add("amount", event.amount())
                .add("payments", numbers)
                .add("expiring", event.expiring())
                .add("expired", event.expired())
                .build().toString();
    }
}
