package id.lunas.web.giro.faces;

import id.lunas.domain.girodeposit.GiroPlace;
import id.lunas.service.giro.GiroQueries;
import id.lunas.service.giro.OverdueGiroView;
import id.lunas.web.customerpayment.faces.PaymentChanged;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** Sales > Overdue Giros: the money at risk, longest overdue first, and the giros about to expire. */
@Named("overdueGiros")
@ViewScoped
public class OverdueGirosBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GiroQueries giros;

    @Inject
    transient GiroBellReading bell;

    private List<OverdueGiroView> overdue;
    private List<OverdueGiroView> expiring;

    public void load() {
        overdue = giros.overdue();
        expiring = giros.expiring();
        bell.markSeen();
    }

    void reload(@Observes(notifyObserver = Reception.IF_EXISTS) PaymentChanged change) {
        load();
    }

    public List<OverdueGiroView> getOverdue() {
        return overdue;
    }

    public List<OverdueGiroView> getExpiring() {
        return expiring;
    }

    public BigDecimal getOverdueTotal() {
        return total(overdue);
    }

    public BigDecimal getExpiringTotal() {
        return total(expiring);
    }

    /** How many of these giros are in the safe, at the bank since today, or clearing since before. */
    public long countAt(List<OverdueGiroView> giros, GiroPlace place) {
        return giros.stream().filter(giro -> giro.place() == place).count();
    }

    /** Each list holds every giro that needs attention, not a page of them, so its sum is the whole total. */
    private static BigDecimal total(List<OverdueGiroView> giros) {
        return giros.stream().map(OverdueGiroView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
