package id.lunas.web.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;

/** Answers a back-office action with a file to save (a PDF, a workbook) instead of a page. */
public final class Downloads {

    private Downloads() {
    }

    /** What writes the file's bytes. */
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    public static void send(String fileName, String contentType, Body body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(contentType);
        response.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        body.write(response.getResponseOutputStream());
        faces.responseComplete();
    }
}
