package id.lunas.web.dashboard.faces;

import id.lunas.service.collection.CollectorBalance;
import id.lunas.service.collection.CollectorBalanceQuery;
import id.lunas.service.credit.CreditQueries;
import id.lunas.service.credit.CustomerAtRisk;
import id.lunas.service.dashboard.DashboardQueries;
import id.lunas.service.dashboard.GiroPlaceTotal;
import id.lunas.service.dashboard.MoneyTotal;
import id.lunas.service.giro.GiroQueries;
import id.lunas.service.giro.MaturityDay;
import id.lunas.service.platform.BusinessClock;
import id.lunas.web.platform.faces.Formats;
import id.lunas.web.platform.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The home page: what finance should look at first, each figure a link into the list behind it. */
@Named("dashboard")
@RequestScoped
public class DashboardBacking {

    static final int MATURITY_DAYS = 30;

    @Inject
    DashboardQueries queries;

    @Inject
    GiroQueries giros;

    @Inject
    BusinessClock clock;

    @Inject
    Formats formats;

    @Inject
    CollectorBalanceQuery collectorBalances;

    @Inject
    CreditQueries credit;

    private LocalDate today;
    private List<MaturityDay> maturity;
    private List<MoneyTotal> cleared;
    private MoneyTotal pending;
    private MoneyTotal overdue;
    private List<GiroPlaceTotal> places;
    private List<CollectorBalance> collectors;
    private List<CustomerAtRisk> atRisk;

    @PostConstruct
    void load() {
        today = clock.today();
        maturity = giros.maturity(today, today.plusDays(MATURITY_DAYS));
        cleared = queries.clearedThisMonth();
        pending = queries.pendingCollections();
        overdue = queries.overdueGiros();
        places = queries.activeGirosByPlace();
        collectors = collectorBalances.balances();
        atRisk = credit.atRisk();
    }

    /** Customers with "kosong" giros in the window or over their credit limit, the riskiest first. */
    public List<CustomerAtRisk> getAtRisk() {
        return atRisk;
    }

    /** Per collector, money collected and not yet handed over, and shortages not settled; longest waiting first. */
    public List<CollectorBalance> getCollectors() {
        return collectors;
    }

    /** Chart.js configuration for the bar chart of Active giros by effective date. */
    public String getMaturityChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder amounts = Json.createArrayBuilder();
        // every day of the period gets its place, so quiet days read as gaps on a timeline
        Map<LocalDate, BigDecimal> byDay = maturity.stream()
                .collect(Collectors.toMap(MaturityDay::effectiveDate, MaturityDay::amount));
        for (LocalDate day = today; !day.isAfter(getMaturityEnd()); day = day.plusDays(1)) {
            labels.add(formats.date(day));
            amounts.add(byDay.getOrDefault(day, BigDecimal.ZERO));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", Messages.text("dashboard.maturityAmount"))
                                .add("backgroundColor", "#42a5f5")
                                .add("maxBarThickness", 24)
                                .add("data", amounts))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public List<MaturityDay> getMaturity() {
        return maturity;
    }

    public List<MoneyTotal> getCleared() {
        return cleared;
    }

    public MoneyTotal getPending() {
        return pending;
    }

    public MoneyTotal getOverdue() {
        return overdue;
    }

    public List<GiroPlaceTotal> getPlaces() {
        return places;
    }

    public LocalDate getToday() {
        return today;
    }

    public LocalDate getFirstOfMonth() {
        return today.withDayOfMonth(1);
    }

    public LocalDate getMaturityEnd() {
        return today.plusDays(MATURITY_DAYS);
    }
}
