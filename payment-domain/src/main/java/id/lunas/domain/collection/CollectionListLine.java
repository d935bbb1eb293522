package id.lunas.domain.collection;

import id.lunas.domain.invoice.Invoice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One invoice on a collection list and what it owed when the list was made. */
@Entity
@Table(name = "collection_list_line")
public class CollectionListLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "collection_list_id", nullable = false)
    private CollectionList list;

    /** Where it stands on the list, as the back office ordered it: the route the collector follows. */
    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false)
    private Invoice invoice;

    @Column(name = "outstanding", nullable = false, precision = 15, scale = 2)
    private BigDecimal outstanding;

    protected CollectionListLine() {
    }

    CollectionListLine(CollectionList list, int lineNumber, Invoice invoice, BigDecimal outstanding) {
        this.list = list;
        this.lineNumber = lineNumber;
        this.invoice = invoice;
        this.outstanding = outstanding.setScale(2);
    }

    public Long getId() {
        return id;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public CollectionList getList() {
        return list;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public BigDecimal getOutstanding() {
        return outstanding;
    }
}
