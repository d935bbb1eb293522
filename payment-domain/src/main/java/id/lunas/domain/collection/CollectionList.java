package id.lunas.domain.collection;

import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A collection list (SC): the invoices a collector is sent to collect on a day, each with what was
 * outstanding when the list was made. What was collected against each line is counted from the
 * collections that name the list.
 */
@Entity
@Table(name = "collection_list")
public class CollectionList extends Audited {

    /** More lines than a collector can visit in a day is a list made by mistake. */
    public static final int MAX_LINES = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, unique = true, length = 12)
    private String number;

    @Column(name = "collector", nullable = false, length = 100)
    private String collector;

    @Column(name = "list_date", nullable = false)
    private LocalDate listDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private CollectionListStatus status;

    @Column(name = "completed_date")
    private LocalDate completedDate;

    @OneToMany(mappedBy = "list", cascade = CascadeType.PERSIST)
    @OrderBy("lineNumber")
    private List<CollectionListLine> lines;

    protected CollectionList() {
    }

    public static CollectionList open(String collector, LocalDate listDate, ChangeContext change) {
        String who = Texts.required("collector", collector, 100);
        LocalDate date = change.dates().check("listDate", Texts.present("listDate", listDate));
        CollectionList list = new CollectionList();
        list.collector = who;
        list.listDate = date;
        list.status = CollectionListStatus.OPEN;
        list.lines = new ArrayList<>();
        list.markCreated(change);
        return list;
    }

    public void numbered(String newNumber) {
        if (number != null) {
            throw new IllegalStateException("collection list " + number + " is numbered already");
        }
        number = newNumber;
    }

    /** Puts an invoice on the list with what it still owes now; {@code field} names it in a refusal. */
    public void add(Invoice invoice, BigDecimal outstanding, String field) {
        requireOpen();
        if (invoice.isCancelled()) {
            throw new RuleViolationException(field, "collectionList.invoiceCancelled", invoice.getNumber());
        }
        if (outstanding.signum() <= 0) {
            throw new RuleViolationException(field, "collectionList.nothingOutstanding", invoice.getNumber());
        }
        if (lines.stream().anyMatch(line -> line.getInvoice().getNumber().equals(invoice.getNumber()))) {
            throw new InvalidInputException(field, "collectionList.invoiceTwice", invoice.getNumber());
        }
        if (lines.size() == MAX_LINES) {
            throw new InvalidInputException(field, "collectionList.tooManyLines", MAX_LINES);
        }
        lines.add(new CollectionListLine(this, lines.size() + 1, invoice, outstanding));
    }

    /** The list has been worked: no collection can name it any more. */
    public void complete(ChangeContext change) {
        requireOpen();
        status = CollectionListStatus.COMPLETED;
        completedDate = change.today();
        markUpdated(change);
    }

    /**
     * A collection that names this list must be its collector's, while it is Open, and only for
     * invoices on it.
     */
    public void requireTakes(String paymentCollector, List<String> invoiceNumbers) {
        requireOpen();
        if (!collector.equals(paymentCollector)) {
            throw new RuleViolationException("collectionListNumber", "collectionList.otherCollector", number,
                    collector);
        }
        for (String invoice : invoiceNumbers) {
            if (lines.stream().noneMatch(line -> line.getInvoice().getNumber().equals(invoice))) {
                throw new RuleViolationException("collectionListNumber", "collectionList.invoiceNotOnList", invoice,
                        number);
            }
        }
    }

    private void requireOpen() {
        if (status != CollectionListStatus.OPEN) {
            throw new RuleViolationException(null, "collectionList.notOpen", number, status);
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getCollector() {
        return collector;
    }

    public LocalDate getListDate() {
        return listDate;
    }

    public CollectionListStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    public List<CollectionListLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
