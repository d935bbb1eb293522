package id.lunas.web.giro.faces;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.Instant;

/** When this user last looked at the overdue giros, so the bell knows what is news to them. */
@SessionScoped
public class GiroBellReading implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant seen = Instant.EPOCH;

    Instant seen() {
        return seen;
    }

    void markSeen() {
        seen = Instant.now();
    }
}
