package id.lunas.web.platform.faces;

import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy table's rows read a page at a time from a service; a refusal of the filters is shown in the
 * form named {@code form} and leaves the table empty.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service call behind the table, kept by a view-scoped bean, hence serializable. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> page(PageRequest request);
    }

    private final String form;
    private final Source<T> source;
    private Page<T> last;

    public PagedRows(String form, Source<T> source) {
        this.form = form;
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return last == null ? 0 : Math.toIntExact(last.totalItems());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        last = Actions.call(form, field -> field, () -> source.page(new PageRequest(first / pageSize, pageSize)))
                .orElse(null);
        if (last != null) {
            setRowCount(Math.toIntExact(last.totalItems()));
        }
        return last == null ? List.of() : last.items();
    }

    /** "1–50 of 1,234", or "more than" once the count stops. */
    public boolean isCountExact() {
        return last == null || last.totalExact();
    }
}
