package id.lunas.web.audit.faces;

import id.lunas.service.audit.AdministrationEntry;
import id.lunas.service.audit.AdministrationEventQueries;
import id.lunas.web.platform.faces.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** Month-end > Administration history: who changed users' access, settings and the books' closing date. */
@Named("administrationHistory")
@ViewScoped
public class AdministrationHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AdministrationEventQueries events;

    private String user;
    private LocalDate from;
    private LocalDate to;
    private final PagedRows<AdministrationEntry> rows = new PagedRows<>("filters",
            request -> events.list(user, from, to, request));

    public PagedRows<AdministrationEntry> getRows() {
        return rows;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
