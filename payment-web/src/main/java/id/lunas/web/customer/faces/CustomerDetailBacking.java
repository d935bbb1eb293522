package id.lunas.web.customer.faces;

import id.lunas.domain.credit.CreditMode;
import id.lunas.service.credit.CreditQueries;
import id.lunas.service.credit.CreditService;
import id.lunas.service.credit.CustomerCredit;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.customer.CustomerView;
import id.lunas.service.giro.GiroQueries;
import id.lunas.service.giro.GiroRecord;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
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

    @Inject
    transient CreditService creditService;

    private String code;
    private CustomerView customer;
    private GiroRecord giroRecord;
    private CustomerCredit credit;
    private CreditMode mode;
    private String modeReason;

    public void load() throws IOException {
        customer = code == null ? null : customers.find(code.strip()).orElse(null);
        if (customer == null) {
            Pages.notFound("No customer " + code);
            return;
        }
        giroRecord = giros.recordOf(customer.code());
        credit = credits.creditOf(customer.code());
        mode = credit.modeOverridden() ? credit.mode() : null;
    }

    public CustomerCredit getCredit() {
        return credit;
    }

    /** A finance manager's decision on the customer's giros; the page shows the mode it leaves. */
    public void overrideGiroMode() {
        Actions.call("giroModeForm", FieldMessages::componentId,
                () -> creditService.overrideGiroMode(customer.code(), mode, modeReason)).ifPresent(saved -> {
                    credit = saved;
                    modeReason = null;
                    FieldMessages.info("credit.modeSaved", saved.mode());
                });
    }

    public CreditMode[] getModes() {
        return CreditMode.values();
    }

    public CreditMode getMode() {
        return mode;
    }

    public void setMode(CreditMode mode) {
        this.mode = mode;
    }

    public String getModeReason() {
        return modeReason;
    }

    public void setModeReason(String modeReason) {
        this.modeReason = modeReason;
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
