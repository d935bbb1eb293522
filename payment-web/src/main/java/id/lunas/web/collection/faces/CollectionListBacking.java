package id.lunas.web.collection.faces;

import id.lunas.domain.collection.CollectionListStatus;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.collection.CollectionListDetails;
import id.lunas.service.collection.CollectionListQueries;
import id.lunas.service.collection.CollectionListService;
import id.lunas.web.collection.documents.CollectionListSheet;
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

/** One collection list: each invoice with Collected and Remain, the sheet to print, and completing it. */
@Named("collectionList")
@ViewScoped
public class CollectionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CollectionListQueries queries;

    @Inject
    transient CollectionListService lists;

    @Inject
    transient CollectionListSheet sheet;

    private String number;
    private CollectionListDetails list;

    public void load() throws IOException {
        try {
            list = queries.get(number == null ? "" : number.strip());
        } catch (NotFoundException unknown) {
            Pages.notFound("No collection list " + number);
        }
    }

    public void complete() {
        Actions.call("list", field -> field, () -> lists.complete(list.number())).ifPresent(completed -> {
            list = completed;
            FieldMessages.info("collectionList.completed", completed.number());
        });
    }

    public void print() throws IOException {
        Downloads.send(CollectionListSheet.fileName(list), "application/pdf",
                out -> sheet.write(list, FacesContext.getCurrentInstance().getViewRoot().getLocale(), out));
    }

    public boolean isOpen() {
        return list != null && list.status() == CollectionListStatus.OPEN;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CollectionListDetails getList() {
        return list;
    }
}
