package id.lunas.web.customer.faces;

import id.lunas.service.customer.CustomerService;
import id.lunas.service.customer.CustomerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A customer in a form or a URL is its code: {@code ?customer=C-0001}. */
@Named
@ApplicationScoped
public class CustomerConverter implements Converter<CustomerView> {

    @Inject
    CustomerService customers;

    @Override
    public CustomerView getAsObject(FacesContext context, UIComponent component, String code) {
        return code == null || code.isBlank() ? null : customers.find(code.strip()).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerView customer) {
        return customer == null ? "" : customer.code();
    }
}
