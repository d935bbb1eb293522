package id.lunas.web.invoice.faces;

import id.lunas.domain.invoice.InvoiceStatus;
import id.lunas.service.customer.CustomerView;
import id.lunas.service.invoice.InvoiceService;
import id.lunas.service.invoice.InvoiceView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Sales > Invoices: what each invoice was paid, what is clearing or waiting, and what is still owed. */
@Named("invoiceList")
@ViewScoped
public class InvoiceListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceService invoices;

    private CustomerView customer;
    private InvoiceStatus status;

    private final LazyDataModel<InvoiceView> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(invoices.count(customerCode(), status));
        }

        @Override
        public List<InvoiceView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return invoices.rows(customerCode(), status, first, pageSize);
        }

        @Override
        public String getRowKey(InvoiceView invoice) {
            return invoice.number();
        }
    };

    private String customerCode() {
        return customer == null ? null : customer.code();
    }

    public InvoiceStatus[] getStatuses() {
        return InvoiceStatus.values();
    }

    public LazyDataModel<InvoiceView> getRows() {
        return rows;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerView customer) {
        this.customer = customer;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public void setStatus(InvoiceStatus status) {
        this.status = status;
    }
}
