package id.lunas.web.giro.faces;

import id.lunas.service.giro.GiroAttention;
import id.lunas.service.giro.GiroQueries;
import id.lunas.web.platform.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The bell in the menu bar: how many giros are overdue or expiring, highlighted as unread when a
 * scan flagged new ones since the user last opened Sales > Overdue Giros.
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

    private GiroAttention attention;

    @PostConstruct
    void count() {
        attention = giros.attention();
    }

    public long getTotal() {
        return attention.total();
    }

    public String getSummary() {
        return Messages.text("giros.bellCount", attention.overdue(), attention.expiring());
    }

    public boolean isUnread() {
        return attention.total() > 0 && notices.newerThan(reading.seen());
    }
}
