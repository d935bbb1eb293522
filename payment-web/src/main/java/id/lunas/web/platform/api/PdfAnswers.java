package id.lunas.web.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** How the API answers with a document: a PDF shown in the browser, under a file name to save it as. */
public final class PdfAnswers {

    private PdfAnswers() {
    }

    public static Response inline(String fileName, StreamingOutput pdf) {
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .build();
    }
}
