package id.lunas.web.customer.faces;

import id.lunas.domain.credit.CreditSummary;
import id.lunas.service.credit.CreditQueries;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.customer.CustomerView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** Master data > Customers: search by code or name; the ERP owns the records, so this screen reads. */
@Named("customerList")
@RequestScoped
public class CustomerListBacking {

    private static final int SHOWN = 200;

    @Inject
    CustomerService customers;

    @Inject
    CreditQueries credit;

    private String search;
    private List<CustomerView> rows;

    public List<CustomerView> getRows() {
        if (rows == null) {
            List<CustomerView> found = customers.search(search, SHOWN);
            Map<String, CreditSummary> summaries = credit.summaries(found.stream().map(CustomerView::code).toList());
            rows = found.stream().map(c -> c.withCredit(summaries.get(c.code()))).toList();
        }
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
