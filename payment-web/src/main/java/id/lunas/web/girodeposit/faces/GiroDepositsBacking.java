package id.lunas.web.girodeposit.faces;

import id.lunas.domain.girodeposit.GiroDepositStatus;
import id.lunas.service.girodeposit.DepositCandidates;
import id.lunas.service.girodeposit.DepositCandidates.AccountTotal;
import id.lunas.service.girodeposit.DepositCandidates.CandidateGiro;
import id.lunas.service.girodeposit.DepositRequest;
import id.lunas.service.girodeposit.GiroDepositDetails;
import id.lunas.service.girodeposit.GiroDepositQueries;
import id.lunas.service.girodeposit.GiroDepositService;
import id.lunas.service.girodeposit.GiroDepositSummary;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sales > Giro deposits: what is to deposit on a day, per company bank account, ticked and put on
 * a deposit; and the deposits still waiting for the bank and those it has answered.
 */
@Named("giroDeposits")
@ViewScoped
public class GiroDepositsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The giros of one account shown to tick; a bigger day is deposited in several slips. */
    static final int SHOWN = PageRequest.MAX_SIZE;
    private static final int LISTED = 50;

    @Inject
    transient GiroDepositQueries queries;

    @Inject
    transient GiroDepositService deposits;

    @Inject
    transient BusinessClock clock;

    private LocalDate depositDate;
    private String accountCode;
    private DepositCandidates candidates;
    private List<CandidateGiro> selected = new ArrayList<>();
    private Page<GiroDepositSummary> open;
    private Page<GiroDepositSummary> closed;

    public void load() {
        if (depositDate == null) {
            depositDate = clock.today();
        }
        refresh();
        open = queries.list(GiroDepositStatus.OPEN, PageRequest.of(0, LISTED));
        closed = queries.list(GiroDepositStatus.CLOSED, PageRequest.of(0, LISTED));
    }

    /** Another day or account: the list is read again and nothing stays ticked. */
    public void refresh() {
        selected = new ArrayList<>();
        candidates = Actions.call("toDeposit", field -> "depositDate", this::read).orElse(null);
    }

    /** The chosen account's giros; the first account with giros to take when none (or a finished one) is chosen. */
    private DepositCandidates read() {
        DepositCandidates read = queries.candidates(accountCode, depositDate, PageRequest.of(0, SHOWN));
        List<AccountTotal> accounts = read.accounts();
        if (accounts.stream().anyMatch(a -> a.bankAccountCode().equals(accountCode))) {
            return read;
        }
        accountCode = accounts.isEmpty() ? null : accounts.get(0).bankAccountCode();
        return accountCode == null ? read : queries.candidates(accountCode, depositDate, PageRequest.of(0, SHOWN));
    }

    /** Puts the ticked giros on a new deposit and opens its page, where the slip is printed. */
    public String create() {
        List<String> numbers = selected.stream().map(CandidateGiro::paymentNumber).toList();
        Optional<GiroDepositDetails> made = Actions.call("toDeposit", field -> field.startsWith("payments")
                ? "candidates" : field, () -> deposits.create(new DepositRequest(accountCode, depositDate, numbers)));
        if (made.isEmpty()) {
            return null;
        }
        FieldMessages.info("deposits.created", made.get().number(), made.get().giroCount());
        return "/deposit?faces-redirect=true&number=" + made.get().number();
    }

    public boolean isShowingAll() {
        return candidates == null || candidates.giros().items().size() >= candidates.giros().totalItems();
    }

    public BigDecimal getSelectedTotal() {
        return selected.stream().map(CandidateGiro::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public LocalDate getDepositDate() {
        return depositDate;
    }

    public void setDepositDate(LocalDate depositDate) {
        this.depositDate = depositDate;
    }

    public String getAccountCode() {
        return accountCode;
    }

    public void setAccountCode(String accountCode) {
        this.accountCode = accountCode;
    }

    public DepositCandidates getCandidates() {
        return candidates;
    }

    public List<CandidateGiro> getSelected() {
        return selected;
    }

    public void setSelected(List<CandidateGiro> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public Page<GiroDepositSummary> getOpen() {
        return open;
    }

    public Page<GiroDepositSummary> getClosed() {
        return closed;
    }
}
