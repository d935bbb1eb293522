package id.lunas.web.bankstatement.faces;

import id.lunas.domain.bankstatement.LineAction;
import id.lunas.domain.bankstatement.LineState;
import id.lunas.service.bankstatement.StatementConfirmation;
import id.lunas.service.bankstatement.StatementDetails;
import id.lunas.service.bankstatement.StatementLineView;
import id.lunas.service.bankstatement.StatementQueries;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import id.lunas.web.platform.faces.Pages;
import id.lunas.web.platform.faces.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * Sales > Bank statements > one statement: its lines in file order with what matching proposed and
 * why; the proposed lines confirmed in one click, a line matched by hand or ignored with a reason.
 */
@Named("bankStatement")
@ViewScoped
public class BankStatementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StatementQueries queries;

    @Inject
    transient StatementConfirmation confirmation;

    private Long id;
    private LineState state;
    private StatementDetails details;
    private StatementLineView chosen;
    private String payment;
    private String deposit;
    private String reason;
    private final PagedRows<StatementLineView> lines = new PagedRows<>("lines", this::page);

    private Page<StatementLineView> page(PageRequest request) {
        return queries.get(id, state, request).lines();
    }

    public void load() throws IOException {
        if (id == null) {
            Pages.notFound("statement");
            return;
        }
        Optional<StatementDetails> read = Actions.call("statement", field -> field,
                () -> queries.get(id, null, PageRequest.of(0, 1)));
        if (read.isEmpty()) {
            Pages.notFound("statement " + id);
            return;
        }
        details = read.get();
    }

    private void reread() {
        details = queries.get(id, null, PageRequest.of(0, 1));
    }

    /** Every proposed line of the statement, in one transaction. */
    public void confirmAll() {
        Optional<Integer> confirmed = Actions.call("statement", field -> "confirmAll",
                () -> confirmation.confirm(id, null));
        confirmed.ifPresent(count -> FieldMessages.info("statement.confirmed", (long) count));
        reread();
    }

    /** Opens a line's match dialog: its sure or first candidate is offered. */
    public void choose(StatementLineView line) {
        chosen = line;
        payment = line.candidates().isEmpty() ? null : line.candidates().get(0);
        deposit = null;
        reason = null;
        if (line.action() == LineAction.RESOLVE_DEPOSIT) {
            deposit = payment;
            payment = null;
        }
    }

    public void match() {
        if (chosen != null && Actions.run("matchForm", () -> confirmation.match(id, chosen.lineNumber(),
                payment, deposit))) {
            FieldMessages.info("statement.lineMatched", (long) chosen.lineNumber());
            reread();
        }
    }

    public void ignore() {
        if (chosen != null && Actions.run("ignoreForm", () -> confirmation.ignore(id, chosen.lineNumber(), reason))) {
            FieldMessages.info("statement.lineIgnored", (long) chosen.lineNumber());
            reread();
        }
    }

    public boolean isOpen(StatementLineView line) {
        return line.state() != LineState.MATCHED && line.state() != LineState.IGNORED;
    }

    public LineState[] getStates() {
        return LineState.values();
    }

    public long getProposedCount() {
        return details == null ? 0 : details.counts().get(LineState.PROPOSED);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LineState getState() {
        return state;
    }

    public void setState(LineState state) {
        this.state = state;
    }

    public StatementDetails getDetails() {
        return details;
    }

    public StatementLineView getChosen() {
        return chosen;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }

    public String getDeposit() {
        return deposit;
    }

    public void setDeposit(String deposit) {
        this.deposit = deposit;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public PagedRows<StatementLineView> getLines() {
        return lines;
    }
}
