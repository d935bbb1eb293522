package id.lunas.web.bankstatement.faces;

import id.lunas.domain.bankstatement.reading.ColumnMapping;
import id.lunas.domain.bankstatement.reading.StatementFormat;
import id.lunas.domain.bankstatement.reading.StatementValues.Decimals;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.bankaccount.BankAccountView;
import id.lunas.service.bankstatement.Reconciliation;
import id.lunas.service.bankstatement.StatementImport;
import id.lunas.service.bankstatement.StatementMappings;
import id.lunas.service.bankstatement.StatementQueries;
import id.lunas.service.bankstatement.StatementSummary;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import id.lunas.web.platform.faces.PagedRows;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Sales > Bank statements: upload a statement for a company account (a progress bar while a big file
 * travels), the statements imported, the chosen account's reconciliation, and the column mapping of
 * a bank whose layout Lunas does not know.
 */
@Named("bankStatements")
@ViewScoped
public class BankStatementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int STALE_SHOWN = 50;

    @Inject
    transient BankAccountService bankAccounts;

    @Inject
    transient StatementImport imports;

    @Inject
    transient StatementQueries queries;

    @Inject
    transient StatementMappings mappings;

    private String accountCode;
    private StatementFormat format = StatementFormat.MT940;
    private List<BankAccountView> accounts;
    private Reconciliation reconciliation;
    private MappingForm mapping = new MappingForm();
    private final PagedRows<StatementSummary> statements = new PagedRows<>("statements",
            request -> queries.list(accountCode, request));

    /** The mapping form's fields, as typed. */
    public static class MappingForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String date;
        private String valueDate;
        private String description;
        private String reference;
        private String debit;
        private String credit;
        private String amount;
        private String balance;
        private String dateFormat = "dd/MM/yyyy";
        private Decimals decimals = Decimals.AUTO;

        static MappingForm of(ColumnMapping saved) {
            MappingForm form = new MappingForm();
            form.date = saved.date();
            form.valueDate = saved.valueDate();
            form.description = saved.description();
            form.reference = saved.reference();
            form.debit = saved.debit();
            form.credit = saved.credit();
            form.amount = saved.amount();
            form.balance = saved.balance();
            form.dateFormat = saved.dateFormat();
            form.decimals = saved.decimals();
            return form;
        }

        ColumnMapping checked() {
            return ColumnMapping.checked(date, valueDate, description, reference, debit, credit, amount, balance,
                    dateFormat, decimals);
        }

        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getValueDate() { return valueDate; }
        public void setValueDate(String valueDate) { this.valueDate = valueDate; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getDebit() { return debit; }
        public void setDebit(String debit) { this.debit = debit; }
        public String getCredit() { return credit; }
        public void setCredit(String credit) { this.credit = credit; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getBalance() { return balance; }
        public void setBalance(String balance) { this.balance = balance; }
        public String getDateFormat() { return dateFormat; }
        public void setDateFormat(String dateFormat) { this.dateFormat = dateFormat; }
        public Decimals getDecimals() { return decimals; }
        public void setDecimals(Decimals decimals) { this.decimals = decimals; }
    }

    public void load() {
        accounts = bankAccounts.list();
        if (accountCode == null && !accounts.isEmpty()) {
            accountCode = accounts.get(0).code();
        }
        refresh();
    }

    /** Another account: its reconciliation and its saved mapping. */
    public void refresh() {
        reconciliation = accountCode == null ? null : Actions.call("reconciliation", field -> field,
                () -> queries.reconciliation(accountCode, null, PageRequest.of(0, STALE_SHOWN))).orElse(null);
        mapping = accountCode == null ? new MappingForm()
                : mappings.find(accountCode).map(MappingForm::of).orElseGet(MappingForm::new);
    }

    /** The file arrived: imported (or found imported before), and its page opens. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        Optional<StatementImport.Imported> imported = Actions.call("upload", field -> field.startsWith("lines")
                || field.equals("file") ? "file" : field, () -> imports.importFile(accountCode, format,
                file.getContent(), file.getFileName()));
        if (imported.isEmpty()) {
            return;
        }
        if (imported.get().created()) {
            FieldMessages.info("statements.imported", file.getFileName());
        } else {
            FieldMessages.info("statements.importedBefore", file.getFileName());
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        org.primefaces.PrimeFaces.current().executeScript("window.location.href='"
                + FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/bank-statement.xhtml?id=" + imported.get().statementId() + "'");
    }

    public void saveMapping() {
        if (Actions.run("mapping", () -> mappings.save(accountCode, mapping.checked()))) {
            FieldMessages.info("statements.mappingSaved", accountCode);
        }
    }

    public StatementFormat[] getFormats() {
        return StatementFormat.values();
    }

    public Decimals[] getDecimalStyles() {
        return Decimals.values();
    }

    public List<BankAccountView> getAccounts() {
        return accounts;
    }

    public String getAccountCode() {
        return accountCode;
    }

    public void setAccountCode(String accountCode) {
        this.accountCode = accountCode;
    }

    public StatementFormat getFormat() {
        return format;
    }

    public void setFormat(StatementFormat format) {
        this.format = format;
    }

    public Reconciliation getReconciliation() {
        return reconciliation;
    }

    public MappingForm getMapping() {
        return mapping;
    }

    public PagedRows<StatementSummary> getStatements() {
        return statements;
    }
}
