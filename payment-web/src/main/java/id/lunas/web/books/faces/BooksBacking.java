package id.lunas.web.books.faces;

import id.lunas.service.books.BooksService;
import id.lunas.service.books.BooksView;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** Administration > Closing the books: close through a date, reopen with a reason, and the history. */
@Named("books")
@ViewScoped
public class BooksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BooksService service;

    private BooksView view;
    private LocalDate closeThrough;
    private LocalDate reopenThrough;
    private String reason;

    public void load() {
        view = service.view();
    }

    public void close() {
        Actions.call("close", field -> "closeThrough", () -> service.close(closeThrough)).ifPresent(closed -> {
            view = closed;
            closeThrough = null;
            FieldMessages.info("books.closedThrough", closed.closedThrough());
        });
    }

    public void reopen() {
        Actions.call("reopen", field -> "closedThrough".equals(field) ? "reopenThrough" : field,
                () -> service.reopen(reopenThrough, reason)).ifPresent(reopened -> {
                    view = reopened;
                    reopenThrough = null;
                    reason = null;
                    FieldMessages.info("books.reopened");
                });
    }

    public BooksView getView() {
        return view;
    }

    public LocalDate getCloseThrough() {
        return closeThrough;
    }

    public void setCloseThrough(LocalDate closeThrough) {
        this.closeThrough = closeThrough;
    }

    public LocalDate getReopenThrough() {
        return reopenThrough;
    }

    public void setReopenThrough(LocalDate reopenThrough) {
        this.reopenThrough = reopenThrough;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
