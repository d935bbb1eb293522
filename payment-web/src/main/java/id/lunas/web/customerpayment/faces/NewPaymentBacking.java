package id.lunas.web.customerpayment.faces;

import id.lunas.domain.credit.RiskLevel;
import id.lunas.domain.customerpayment.OldestFirst;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.setting.SettingName;
import id.lunas.domain.shared.Amounts;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.bankaccount.BankAccountView;
import id.lunas.service.credit.CreditQueries;
import id.lunas.service.credit.CustomerCredit;
import id.lunas.service.customer.CustomerView;
import id.lunas.service.customerpayment.AllocationRequest;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentRequest;
import id.lunas.service.invoice.InvoiceService;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.setting.SettingService;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sales > Customer Payment > New: a payment with its allocations over the customer's open invoices.
 * The form only gathers what the user typed; the service applies every rule and saves all or nothing.
 */
@Named("newPayment")
@ViewScoped
public class NewPaymentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern ALLOCATION_FIELD = Pattern.compile("allocations\\[(\\d+)](?:\\.(\\w+))?");

    @Inject
    transient CustomerPaymentService payments;

    @Inject
    transient InvoiceService invoices;

    @Inject
    transient BankAccountService bankAccounts;

    @Inject
    transient BusinessClock clock;

    @Inject
    transient SettingService settings;

    @Inject
    transient CreditQueries credits;

    private CustomerView customer;
    private CustomerCredit credit;
    private LocalDate paymentDate;
    private PaymentMethod method = PaymentMethod.GIRO;
    private String bankAccountCode;
    private String collector;
    private BigDecimal amount;
    private String giroNumber;
    private String drawerBank;
    private String drawerName;
    private String drawerAccount;
    private LocalDate issueDate;
    private LocalDate effectiveDate;
    private String note;
    private String backdateReason;
    /** Read once per view: the hint is evaluated on every render of the form. */
    private String backdatingDays;
    private List<AllocationRow> rows = new ArrayList<>();
    /** Which row each allocation of the last request came from, to put a refusal next to its amount. */
    private List<Integer> requestedRows = new ArrayList<>();

    @PostConstruct
    void start() {
        paymentDate = clock.today();
        issueDate = clock.today();
        backdatingDays = settings.get(SettingName.BACKDATING_DAYS).value();
    }

    /** A customer was chosen: list their open invoices, oldest first, with nothing applied yet. */
    public void customerChosen() {
        rows = customer == null ? new ArrayList<>()
                : new ArrayList<>(invoices.openInvoicesOf(customer.code()).stream().map(AllocationRow::new).toList());
        credit = customer == null ? null : credits.creditOf(customer.code());
    }

    public void allocateOldestFirst() {
        List<BigDecimal> shares = OldestFirst.spread(amount,
                rows.stream().map(row -> row.getInvoice().outstanding()).toList());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).setAmount(shares.get(i).signum() == 0 ? null : shares.get(i));
        }
    }

    public String save() {
        PaymentRequest request = request();
        return Actions.call("paymentForm", this::componentIdOf, () -> payments.record(request)).map(saved -> {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info("newPayment.saved", saved.number());
            return "/payment?faces-redirect=true&number=" + saved.number();
        }).orElse(null);
    }

    PaymentRequest request() {
        List<AllocationRequest> allocations = new ArrayList<>();
        requestedRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AllocationRow row = rows.get(i);
            if (row.isApplied()) {
                allocations.add(new AllocationRequest(row.getInvoice().number(), row.getAmount()));
                requestedRows.add(i);
            }
        }
        PaymentRequest.GiroRequest giro = method == PaymentMethod.GIRO
                ? new PaymentRequest.GiroRequest(giroNumber, drawerBank, drawerName, drawerAccount, issueDate,
                        effectiveDate)
                : null;
        return new PaymentRequest(customer == null ? null : customer.code(), paymentDate, method, bankAccountCode,
                collector, amount, giro, allocations, note, false, backdateReason);
    }

    /** The service names allocations by their place in the request; the form shows them by invoice row. */
    String componentIdOf(String field) {
        Matcher allocation = ALLOCATION_FIELD.matcher(field);
        if (allocation.matches() && Integer.parseInt(allocation.group(1)) < requestedRows.size()) {
            return "invoices:" + requestedRows.get(Integer.parseInt(allocation.group(1))) + ":amount";
        }
        return switch (field) {
            case "customerCode" -> "customer";
            case "allocations" -> "invoices";
            default -> FieldMessages.componentId(field);
        };
    }

    public BigDecimal getAllocated() {
        return rows.stream().filter(AllocationRow::isApplied).map(AllocationRow::getAmount)
                .reduce(Amounts.ZERO, BigDecimal::add);
    }

    public BigDecimal getUnapplied() {
        return (amount == null ? Amounts.ZERO : amount).subtract(getAllocated());
    }

    public boolean isGiro() {
        return method == PaymentMethod.GIRO;
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public List<BankAccountView> getBankAccounts() {
        return bankAccounts.list();
    }

    public List<AllocationRow> getRows() {
        return rows;
    }

    /** The chosen customer's credit, for the warning shown as soon as they are chosen; none before. */
    public CustomerCredit getCredit() {
        return credit;
    }

    public boolean isCreditWarning() {
        return credit != null && (credit.overLimit() || credit.worstLevel() != RiskLevel.NONE);
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerView customer) {
        this.customer = customer;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getBankAccountCode() {
        return bankAccountCode;
    }

    public void setBankAccountCode(String bankAccountCode) {
        this.bankAccountCode = bankAccountCode;
    }

    public String getCollector() {
        return collector;
    }

    public void setCollector(String collector) {
        this.collector = collector;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getGiroNumber() {
        return giroNumber;
    }

    public void setGiroNumber(String giroNumber) {
        this.giroNumber = giroNumber;
    }

    public String getDrawerBank() {
        return drawerBank;
    }

    public void setDrawerBank(String drawerBank) {
        this.drawerBank = drawerBank;
    }

    public String getDrawerName() {
        return drawerName;
    }

    public void setDrawerName(String drawerName) {
        this.drawerName = drawerName;
    }

    public String getDrawerAccount() {
        return drawerAccount;
    }

    public void setDrawerAccount(String drawerAccount) {
        this.drawerAccount = drawerAccount;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** The backdating allowance, for the hint next to the reason; null while there is none. */
    public String getBackdatingDays() {
        return backdatingDays;
    }

    public String getBackdateReason() {
        return backdateReason;
    }

    public void setBackdateReason(String backdateReason) {
        this.backdateReason = backdateReason;
    }
}
