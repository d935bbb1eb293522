package id.lunas.web.platform.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Page outcomes a backing bean cannot express as a navigation. */
public final class Pages {

    private Pages() {
    }

    /** Answers the request with the friendly not-found page, e.g. for a payment number nobody has. */
    public static void notFound(String what) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, what);
        faces.responseComplete();
    }
}
