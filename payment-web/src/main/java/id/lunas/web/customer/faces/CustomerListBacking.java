package id.lunas.web.customer.faces;

import id.lunas.service.customer.CustomerService;
import id.lunas.service.customer.CustomerView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Master data > Customers: search by code or name; the ERP owns the records, so this screen reads. */
@Named("customerList")
@RequestScoped
public class CustomerListBacking {

    private static final int SHOWN = 200;

    @Inject
    CustomerService customers;

    private String search;
    private List<CustomerView> rows;

    public List<CustomerView> getRows() {
        if (rows == null) {
            rows = customers.search(search, SHOWN);
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
