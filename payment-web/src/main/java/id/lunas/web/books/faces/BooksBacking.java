package id.lunas.web.books.faces;

import id.lunas.domain.setting.SettingName;
import id.lunas.service.books.BooksService;
import id.lunas.service.books.BooksView;
import id.lunas.service.setting.SettingService;
import id.lunas.service.setting.SettingView;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Month-end > Closing the books: close through a date, reopen with a reason, the backdating
 * allowance, and the history.
 */
@Named("books")
@ViewScoped
public class BooksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BooksService service;

    @Inject
    transient SettingService settings;

    private BooksView view;
    private LocalDate closeThrough;
    private LocalDate reopenThrough;
    private String reason;
    private static final List<SettingName> CREDIT_SETTINGS = List.of(SettingName.GIRO_RISK_WARN,
            SettingName.GIRO_RISK_VERIFY, SettingName.GIRO_RISK_BLOCK, SettingName.GIRO_DRAWER_ACCOUNT_REQUIRED);

    private SettingView backdating;
    private String backdatingDays;
    private SettingView handover;
    private String handoverDays;
    /** The giro risk thresholds and the drawer-account switch, as typed, by setting. */
    private final Map<SettingName, String> credit = new EnumMap<>(SettingName.class);

    public void load() {
        view = service.view();
        backdating = settings.get(SettingName.BACKDATING_DAYS);
        backdatingDays = backdating.value();
        handover = settings.get(SettingName.HANDOVER_DAYS);
        handoverDays = handover.value();
        for (SettingName name : CREDIT_SETTINGS) {
            credit.put(name, settings.get(name).value());
        }
    }

    public void saveBackdating() {
        save(SettingName.BACKDATING_DAYS, backdatingDays, "backdatingSetting", "backdatingDays",
                "books.backdatingSaved").ifPresent(saved -> {
                    backdating = saved;
                    backdatingDays = saved.value();
                });
    }

    public void saveHandoverDays() {
        save(SettingName.HANDOVER_DAYS, handoverDays, "handoverSetting", "handoverDays", "books.handoverDaysSaved")
                .ifPresent(saved -> {
                    handover = saved;
                    handoverDays = saved.value();
                });
    }

    private Optional<SettingView> save(SettingName name, String value, String form, String field, String saved) {
        Optional<SettingView> changed = Actions.call(form, refused -> field, () -> settings.change(name, value));
        changed.ifPresent(setting -> FieldMessages.info(saved));
        return changed;
    }

    /** Saves the thresholds and the switch together: they must still rise together, or none is saved. */
    public void saveCredit() {
        Map<SettingName, String> typed = new EnumMap<>(SettingName.class);
        credit.forEach((name, value) -> typed.put(name, value == null ? "" : value));
        Actions.call("creditSettings", refused -> "messages", () -> settings.changeAll(typed))
                .ifPresent(saved -> FieldMessages.info("books.creditSaved"));
    }

    public List<SettingName> getCreditSettings() {
        return CREDIT_SETTINGS;
    }

    public Map<SettingName, String> getCredit() {
        return credit;
    }

    public SettingView getHandover() {
        return handover;
    }

    public String getHandoverDays() {
        return handoverDays;
    }

    public void setHandoverDays(String handoverDays) {
        this.handoverDays = handoverDays;
    }

    public SettingView getBackdating() {
        return backdating;
    }

    public String getBackdatingDays() {
        return backdatingDays;
    }

    public void setBackdatingDays(String backdatingDays) {
        this.backdatingDays = backdatingDays;
    }

    public void close() {
        Actions.call("close", field -> "closeThrough", () -> service.close(closeThrough)).ifPresent(closed -> {
            view = closed;
            closeThrough = null;
            FieldMessages.info("books.closedThrough", closed.closedThrough());
        });
    }

    public void reopen() {
        Actions.call("reopen", field -> "closedThrough".equals(field) ? "reopenThrough" : field,
                () -> service.reopen(reopenThrough, reason)).ifPresent(reopened -> {
                    view = reopened;
                    reopenThrough = null;
                    reason = null;
                    FieldMessages.info("books.reopened");
                });
    }

    public BooksView getView() {
        return view;
    }

    public LocalDate getCloseThrough() {
        return closeThrough;
    }

    public void setCloseThrough(LocalDate closeThrough) {
        this.closeThrough = closeThrough;
    }

    public LocalDate getReopenThrough() {
        return reopenThrough;
    }

    public void setReopenThrough(LocalDate reopenThrough) {
        this.reopenThrough = reopenThrough;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
