package id.lunas.web.collection.faces;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.service.collection.ExpectedCollection;
import id.lunas.service.collection.ExpectedHandover;
import id.lunas.service.collection.HandoverDetails;
import id.lunas.service.collection.HandoverQueries;
import id.lunas.service.collection.HandoverRequest;
import id.lunas.service.collection.HandoverService;
import id.lunas.service.collection.HandoverSummary;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sales > Handovers: the cashier picks a collector and a day, sees what is expected (the cash as a
 * total, each giro sheet and transfer), counts the cash, ticks what was received and saves; below,
 * the handovers made.
 */
@Named("handovers")
@ViewScoped
public class HandoversBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 50;

    @Inject
    transient HandoverQueries queries;

    @Inject
    transient HandoverService handovers;

    @Inject
    transient BusinessClock clock;

    private String collector;
    private LocalDate handoverDate;
    private ExpectedHandover expected;
    private BigDecimal cashCounted;
    private String differenceReason;
    private List<ExpectedCollection> received = new ArrayList<>();
    private List<String> collectors;
    private Page<HandoverSummary> recent;

    public void load() {
        if (handoverDate == null) {
            handoverDate = clock.today();
        }
        collectors = queries.collectors();
        refresh();
        recent = queries.list(null, null, null, PageRequest.of(0, LISTED));
    }

    /** Another collector or day: what is expected is read again and nothing stays ticked or counted. */
    public void refresh() {
        received = new ArrayList<>();
        cashCounted = null;
        differenceReason = null;
        expected = collector == null || collector.isBlank() ? null
                : Actions.call("handover", HandoversBacking::componentOf, () -> queries.expected(collector,
                        handoverDate)).orElse(null);
    }

    /** Saves the handover and opens its page, where the receipt is printed. */
    public String save() {
        List<String> shown = expected.collections().stream().map(ExpectedCollection::paymentNumber).toList();
        List<String> ticked = received.stream().map(ExpectedCollection::paymentNumber).toList();
        Optional<HandoverDetails> saved = Actions.call("handover", HandoversBacking::componentOf,
                () -> handovers.handOver(new HandoverRequest(collector, handoverDate, cashCounted, differenceReason,
                        shown, ticked)));
        if (saved.isEmpty()) {
            return null;
        }
        FieldMessages.info("handover.saved", saved.get().number(), saved.get().receivedCount());
        return "/handover?faces-redirect=true&number=" + saved.get().number();
    }

    private static String componentOf(String field) {
        return field.startsWith("payments") ? "collections" : FieldMessages.componentId(field);
    }

    /** Counted less expected, while the cashier types; empty until something is counted. */
    public BigDecimal getDifference() {
        return expected == null || cashCounted == null ? null : cashCounted.subtract(expected.cashExpected());
    }

    /** Giro sheets and transfers: what the cashier ticks one by one. */
    public List<ExpectedCollection> getTickable() {
        return expected == null ? List.of()
                : expected.collections().stream().filter(c -> c.method() != PaymentMethod.CASH).toList();
    }

    public BigDecimal getReceivedTotal() {
        return received.stream().map(ExpectedCollection::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public String getCollector() {
        return collector;
    }

    public void setCollector(String collector) {
        this.collector = collector;
    }

    public LocalDate getHandoverDate() {
        return handoverDate;
    }

    public void setHandoverDate(LocalDate handoverDate) {
        this.handoverDate = handoverDate;
    }

    public ExpectedHandover getExpected() {
        return expected;
    }

    public BigDecimal getCashCounted() {
        return cashCounted;
    }

    public void setCashCounted(BigDecimal cashCounted) {
        this.cashCounted = cashCounted;
    }

    public String getDifferenceReason() {
        return differenceReason;
    }

    public void setDifferenceReason(String differenceReason) {
        this.differenceReason = differenceReason;
    }

    public List<ExpectedCollection> getReceived() {
        return received;
    }

    public void setReceived(List<ExpectedCollection> received) {
        this.received = received == null ? new ArrayList<>() : new ArrayList<>(received);
    }

    public List<String> getCollectors() {
        return collectors;
    }

    public Page<HandoverSummary> getRecent() {
        return recent;
    }
}
