package id.lunas.web.giro.faces;

import id.lunas.service.collection.CollectorBalanceQuery;
import id.lunas.service.giro.GiroAttention;
import id.lunas.service.giro.GiroQueries;
import id.lunas.web.platform.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bell in the menu bar: how many giros are overdue or expiring, highlighted as unread when a
 * scan flagged new ones since the user last opened Sales > Overdue Giros; and how many collectors
 * hold collections longer than the handover setting allows.
 */
@Named
@RequestScoped
public class GiroBell {

    @Inject
    GiroQueries giros;

    @Inject
    GiroNotices notices;

    @Inject
    GiroBellReading reading;

    @Inject
    CollectorBalanceQuery collectors;

    private GiroAttention attention;
    private long lateCollectors;

    @PostConstruct
    void count() {
        attention = giros.attention();
        lateCollectors = collectors.lateCollectors();
    }

    public long getTotal() {
        return attention.total() + lateCollectors;
    }

    public String getSummary() {
        String giroCount = Messages.text("giros.bellCount", attention.overdue(), attention.expiring());
        return lateCollectors == 0 ? giroCount
                : giroCount + "; " + Messages.text("handovers.bellCount", lateCollectors);
    }

    /** Where the bell leads: the giros when any need attention, else the handovers that are late. */
    public String getOutcome() {
        return attention.total() == 0 && lateCollectors > 0 ? "/handovers" : "/giros";
    }

    public boolean isUnread() {
        return attention.total() > 0 && notices.newerThan(reading.seen());
    }
}
