package id.lunas.web.customer.faces;

import id.lunas.service.customer.CustomerService;
import id.lunas.service.customer.CustomerView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The customer autocomplete: the first matches by code or name while the user types. */
@Named
@RequestScoped
public class CustomerPicker {

    private static final int SUGGESTIONS = 12;

    @Inject
    CustomerService customers;

    public List<CustomerView> complete(String text) {
        return customers.search(text, SUGGESTIONS);
    }
}
