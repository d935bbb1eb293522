package id.lunas.web.collection.faces;

import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.collection.HandoverDetails;
import id.lunas.service.collection.HandoverQueries;
import id.lunas.service.collection.HandoverService;
import id.lunas.web.collection.documents.HandoverReceipt;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.Downloads;
import id.lunas.web.platform.faces.FieldMessages;
import id.lunas.web.platform.faces.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** One handover: what was counted and received, what was missing, its receipt, and settling a shortage. */
@Named("handover")
@ViewScoped
public class HandoverBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HandoverQueries queries;

    @Inject
    transient HandoverService handovers;

    @Inject
    transient HandoverReceipt receipt;

    private String number;
    private HandoverDetails details;
    private String settleNote;

    public void load() throws IOException {
        try {
            details = queries.get(number == null ? "" : number.strip());
        } catch (NotFoundException unknown) {
            Pages.notFound("No handover " + number);
        }
    }

    public void settle() {
        Actions.call("settlement", FieldMessages::componentId,
                () -> handovers.settleShortage(details.number(), settleNote)).ifPresent(settled -> {
                    details = settled;
                    settleNote = null;
                    FieldMessages.info("handover.shortageSettled", settled.number());
                });
    }

    public void printReceipt() throws IOException {
        Downloads.send(HandoverReceipt.fileName(details), "application/pdf",
                out -> receipt.write(details, FacesContext.getCurrentInstance().getViewRoot().getLocale(), out));
    }

    public boolean isShortageOpen() {
        return details != null && details.cashDifference().signum() < 0 && details.shortageSettledDate() == null;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public HandoverDetails getDetails() {
        return details;
    }

    public String getSettleNote() {
        return settleNote;
    }

    public void setSettleNote(String settleNote) {
        this.settleNote = settleNote;
    }
}
