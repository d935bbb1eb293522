package id.lunas.web.collection.faces;

import id.lunas.service.collection.CollectionListDetails;
import id.lunas.service.collection.CollectionListQueries;
import id.lunas.service.collection.CollectionListRequest;
import id.lunas.service.collection.CollectionListService;
import id.lunas.service.collection.CollectionListSummary;
import id.lunas.service.collection.HandoverQueries;
import id.lunas.service.invoice.InvoiceService;
import id.lunas.service.invoice.InvoiceView;
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
 * Sales > Collection lists: a new list for a collector and a day, built from open invoices chosen
 * customer by customer (those due by a date, with what each owes); and the lists made.
 */
@Named("collectionLists")
@ViewScoped
public class CollectionListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 50;

    @Inject
    transient CollectionListQueries queries;

    @Inject
    transient CollectionListService lists;

    @Inject
    transient HandoverQueries handovers;

    @Inject
    transient InvoiceService invoices;

    @Inject
    transient BusinessClock clock;

    private String collector;
    private LocalDate listDate;
    private String customerCode;
    private LocalDate dueBy;
    private List<InvoiceView> candidates = List.of();
    private List<InvoiceView> ticked = new ArrayList<>();
    private List<InvoiceView> chosen = new ArrayList<>();
    private List<String> collectors;
    private Page<CollectionListSummary> recent;

    public void load() {
        if (listDate == null) {
            listDate = clock.today();
        }
        collectors = handovers.collectors();
        recent = queries.list(null, null, null, PageRequest.of(0, LISTED));
    }

    /** The chosen customer's open invoices due by the date (all when none), not on the list yet. */
    public void findInvoices() {
        ticked = new ArrayList<>();
        candidates = Actions.call("newList", field -> "customerCode", () -> invoices.openInvoicesOf(customerCode))
                .orElse(List.of()).stream()
                .filter(invoice -> dueBy == null || !invoice.dueDate().isAfter(dueBy))
                .filter(invoice -> chosen.stream().noneMatch(c -> c.number().equals(invoice.number())))
                .toList();
    }

    /** Puts the ticked invoices on the list being made. */
    public void add() {
        chosen.addAll(ticked);
        candidates = candidates.stream().filter(c -> !ticked.contains(c)).toList();
        ticked = new ArrayList<>();
    }

    public void remove(InvoiceView invoice) {
        chosen.remove(invoice);
    }

    /** Makes the list and opens its page, where it is printed for the collector. */
    public String create() {
        Optional<CollectionListDetails> made = Actions.call("newList", field -> field.startsWith("invoices")
                ? "chosen" : FieldMessages.componentId(field), () -> lists.create(new CollectionListRequest(collector,
                listDate, chosen.stream().map(InvoiceView::number).toList())));
        if (made.isEmpty()) {
            return null;
        }
        FieldMessages.info("collectionLists.created", made.get().number(), made.get().lines().size());
        return "/collection-list?faces-redirect=true&number=" + made.get().number();
    }

    public BigDecimal getChosenTotal() {
        return chosen.stream().map(InvoiceView::outstanding).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public String getCollector() {
        return collector;
    }

    public void setCollector(String collector) {
        this.collector = collector;
    }

    public LocalDate getListDate() {
        return listDate;
    }

    public void setListDate(LocalDate listDate) {
        this.listDate = listDate;
    }

    public String getCustomerCode() {
        return customerCode;
    }

    public void setCustomerCode(String customerCode) {
        this.customerCode = customerCode;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }

    public void setDueBy(LocalDate dueBy) {
        this.dueBy = dueBy;
    }

    public List<InvoiceView> getCandidates() {
        return candidates;
    }

    public List<InvoiceView> getTicked() {
        return ticked;
    }

    public void setTicked(List<InvoiceView> ticked) {
        this.ticked = ticked == null ? new ArrayList<>() : new ArrayList<>(ticked);
    }

    public List<InvoiceView> getChosen() {
        return chosen;
    }

    public List<String> getCollectors() {
        return collectors;
    }

    public Page<CollectionListSummary> getRecent() {
        return recent;
    }
}
