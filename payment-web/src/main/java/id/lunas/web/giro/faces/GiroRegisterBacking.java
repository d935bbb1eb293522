package id.lunas.web.giro.faces;

import id.lunas.domain.shared.LocaleFormats;
import id.lunas.domain.shared.MessageCatalog;
import id.lunas.service.giro.GiroRegister;
import id.lunas.service.giro.GiroRegister.Figure;
import id.lunas.service.giro.GiroRegisterQuery;
import id.lunas.web.platform.documents.PdfDocument;
import id.lunas.web.platform.documents.PdfDocument.Column;
import id.lunas.web.platform.export.SpreadsheetWriter;
import id.lunas.web.platform.export.XlsxWriter;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.Downloads;
import id.lunas.web.platform.faces.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sales > Giro register: what happened to giros in a period, line by line, on screen, in Excel and PDF. */
@Named("giroRegister")
@ViewScoped
public class GiroRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GiroRegisterQuery query;

    private LocalDate from;
    private LocalDate to;
    private GiroRegister register;

    /** One line of the register: what it counts, how many giros and how much. */
    public record Line(String label, long count, BigDecimal amount, boolean detail) {
    }

    public void load() {
        Actions.call("filters", field -> field, () -> query.of(from, to)).ifPresent(read -> {
            register = read;
            from = read.from();
            to = read.to();
        });
    }

    public List<Line> getLines() {
        if (register == null) {
            return List.of();
        }
        Locale locale = locale();
        List<Line> lines = new ArrayList<>();
        lines.add(line("register.received", register.received()));
        lines.add(line("register.cleared", register.cleared()));
        lines.add(line("register.rejected", register.rejected()));
        register.rejectedByReason().forEach(r -> lines.add(new Line(MessageCatalog.label(r.reason(), locale),
                r.figure().count(), r.figure().amount(), true)));
        lines.add(line("register.cancelled", register.cancelled()));
        lines.add(line("register.activeInHand", register.activeInHand()));
        lines.add(line("register.activeAtBank", register.activeAtBank()));
        lines.add(line("register.expired", register.expired()));
        return lines;
    }

    public void excel() throws IOException {
        Downloads.send(fileName("xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out -> {
            try (SpreadsheetWriter sheet = new XlsxWriter(out, Messages.text("register.title"))) {
                sheet.header(List.of(Messages.text("register.line"), Messages.text("register.count"),
                        Messages.text("payment.amount")));
                for (Line line : getLines()) {
                    sheet.row(List.of(line.label(), line.count(), line.amount()));
                }
            }
        });
    }

    public void pdf() throws IOException {
        Locale locale = locale();
        List<Line> lines = getLines();
        Downloads.send(fileName("pdf"), "application/pdf", out -> {
            try (PdfDocument pdf = PdfDocument.open(PdfDocument.Format.A4, out, Messages.text("register.title"))) {
                pdf.heading(Messages.text("register.titleOf", LocaleFormats.date(register.from(), locale),
                        LocaleFormats.date(register.to(), locale)), "");
                pdf.table(List.of(new Column(Messages.text("register.line"), 3, false),
                                new Column(Messages.text("register.count"), 1, true),
                                new Column(Messages.text("payment.amount"), 2, true)),
                        lines.stream().map(l -> List.of((l.detail() ? "    " : "") + l.label(),
                                LocaleFormats.count(l.count(), locale), LocaleFormats.amount(l.amount(), locale)))
                                .toList(),
                        null, null);
            }
        });
    }

    private static Line line(String key, Figure figure) {
        return new Line(Messages.text(key), figure.count(), figure.amount(), false);
    }

    private String fileName(String extension) {
        return "giro-register-" + register.from() + "-" + register.to() + "." + extension;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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

    public GiroRegister getRegister() {
        return register;
    }
}
