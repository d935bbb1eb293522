package id.lunas.web.customer.faces;

import id.lunas.service.credit.CreditQueries;
import id.lunas.service.credit.CustomerCredit;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.customer.CustomerView;
import id.lunas.service.giro.GiroQueries;
import id.lunas.service.giro.GiroRecord;
import id.lunas.web.platform.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** One customer with their credit and giro record: what to look at before accepting another giro from them. */
@Named("customerDetail")
@ViewScoped
public class CustomerDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CustomerService customers;

    @Inject
    transient GiroQueries giros;

    @Inject
    transient CreditQueries credits;

    private String code;
    private CustomerView customer;
    private GiroRecord giroRecord;
    private CustomerCredit credit;

    public void load() throws IOException {
        customer = code == null ? null : customers.find(code.strip()).orElse(null);
        if (customer == null) {
            Pages.notFound("No customer " + code);
            return;
        }
        giroRecord = giros.recordOf(customer.code());
        credit = credits.creditOf(customer.code());
    }

    public CustomerCredit getCredit() {
        return credit;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public GiroRecord getGiroRecord() {
        return giroRecord;
    }
}
