package id.lunas.service.demo;

import id.lunas.domain.bankaccount.BankAccountDetails;
import id.lunas.domain.customer.CustomerDetails;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.invoice.InvoiceTerms;
import id.lunas.domain.shared.DocumentSeries;
import id.lunas.domain.user.Role;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.customerpayment.AllocationRequest;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentRequest.GiroRequest;
import id.lunas.service.customerpayment.PaymentRequest;
import id.lunas.service.invoice.InvoiceService;
import id.lunas.service.platform.AsSystem;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.DatabaseMigration;
import id.lunas.service.platform.DocumentNumbers;
import id.lunas.service.user.UserAccountService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty embedded database (or any database when {@code lunas.demo=true}) with a small
 * distributor's books, so the seed walkthrough (resolve giro PR-230800811 of 1188 MINI MARKET)
 * can be played at first start. It goes through the same services as users do, so the demo
 * obeys every rule. Never loads twice: customer 1188 marks it as loaded.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoData {

    static final String SEED_CUSTOMER = "1188";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "lunas.demo", defaultValue = "false")
    boolean demoRequested;

    @Inject
    DatabaseMigration migration;

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerService customers;

    @Inject
    BankAccountService bankAccounts;

    @Inject
    InvoiceService invoices;

    @Inject
    CustomerPaymentService payments;

    @Inject
    DocumentNumbers numbers;

    @Inject
    BusinessClock clock;

    @Inject
    UserAccountService users;

    @Inject
    AsSystem asSystem;

    @PostConstruct
    void start() {
        asSystem.run(this::loadWhenWanted);
    }

    private void loadWhenWanted() {
        boolean embeddedAndEmpty = migration.isEmbedded() && customerCount() == 0;
        if ((demoRequested || embeddedAndEmpty) && customers.find(SEED_CUSTOMER).isEmpty()) {
            load();
            LOG.info("Demo data loaded: try Sales > Customer Payment, Active + Giro, PR-230800811; demo users admin, "
                    + "finance, manager, collector, viewer and erp have the password <name>-demo-2026 (see README)");
        }
    }

    private long customerCount() {
        return em.createQuery("select count(c) from Customer c", Long.class).getSingleResult();
    }

    private void load() {
        users();
        customers.create(SEED_CUSTOMER, new CustomerDetails("1188 MINI MARKET", "Jl. Raya Bogor No. 11, Jakarta Timur",
                "021-8400-1188", true));
        customers.create("2001", new CustomerDetails("TOKO SUMBER REJEKI", "Jl. Pasar Baru No. 21, Bekasi",
                "021-8801-2001", true));
        customers.create("2002", new CustomerDetails("WARUNG BU SITI", "Jl. Melati No. 4, Depok", "0812-1000-2002", true));
        customers.create("3005", new CustomerDetails("CV MAJU JAYA", "Jl. Industri No. 5, Tangerang", "021-5500-3005", true));
        customers.create("3010", new CustomerDetails("TOKO BERKAH ABADI", "Jl. Kenanga No. 10, Bogor", "0251-830-3010", true));

        bankAccounts.create("BRI-01", new BankAccountDetails("Bank Rakyat Indonesia (BRI)", "0123-01-000456-30-1",
                "PT Lunas Distribusi Nusantara", true));
        bankAccounts.create("BCA-01", new BankAccountDetails("Bank Central Asia (BCA)", "731-0456-789",
                "PT Lunas Distribusi Nusantara", true));
        bankAccounts.create("MANDIRI-01", new BankAccountDetails("Bank Mandiri", "124-00-0987654-3",
                "PT Lunas Distribusi Nusantara", true));

        invoice("INV-2307-0441", SEED_CUSTOMER, LocalDate.of(2023, 7, 20), "30878568.81");
        invoice("INV-2308-0517", SEED_CUSTOMER, LocalDate.of(2023, 8, 10), "12500000.00");
        invoice("INV-2307-0380", "2001", LocalDate.of(2023, 7, 15), "4250000.00");
        invoice("INV-2308-0602", "2002", LocalDate.of(2023, 8, 15), "1875500.00");
        invoice("INV-2308-0610", "3005", LocalDate.of(2023, 8, 16), "8400000.00");
        invoice("INV-2308-0622", "3010", LocalDate.of(2023, 8, 18), "6150000.00");

        // The earlier system had issued up to PR-230800810 in August 2023.
        numbers.continueAfter(DocumentSeries.PAYMENT, YearMonth.of(2023, 8), 810);

        payments.record(new PaymentRequest(SEED_CUSTOMER, LocalDate.of(2023, 8, 21), PaymentMethod.GIRO, "BRI-01",
                "Andi (SFA)", new BigDecimal("30878568.81"),
                new GiroRequest("BG-778812", "BCA", "1188 MINI MARKET", LocalDate.of(2023, 8, 21), LocalDate.of(2023, 8, 22)),
                List.of(new AllocationRequest("INV-2307-0441", new BigDecimal("30878568.81"))),
                "Giro received at the shop", false, null));
        payments.record(new PaymentRequest("2001", LocalDate.of(2023, 8, 21), PaymentMethod.CASH, null, "Budi",
                new BigDecimal("4250000.00"), null,
                List.of(new AllocationRequest("INV-2307-0380", new BigDecimal("4250000.00"))), null, false, null));
        payments.collect(new PaymentRequest("2002", LocalDate.of(2023, 8, 22), PaymentMethod.BANK_TRANSFER, "BCA-01",
                "Citra", new BigDecimal("1000000.00"), null,
                List.of(new AllocationRequest("INV-2308-0602", new BigDecimal("1000000.00"))), "Transfer slip photographed", false, null));
        String cancelled = payments.record(new PaymentRequest("3005", LocalDate.of(2023, 8, 22), PaymentMethod.BANK_TRANSFER,
                "MANDIRI-01", null, new BigDecimal("8400000.00"), null,
                List.of(new AllocationRequest("INV-2308-0610", new BigDecimal("8400000.00"))), null, true, null)).number();
        payments.cancel(cancelled, "Entered twice; the transfer is on PR of the next day", null);
        String rejected = payments.record(new PaymentRequest("3010", LocalDate.of(2023, 8, 23), PaymentMethod.GIRO,
                "BCA-01", "Andi (SFA)", new BigDecimal("6150000.00"),
                new GiroRequest("MDR-120045", "Mandiri", "Hendra Wijaya", LocalDate.of(2023, 8, 23), LocalDate.of(2023, 8, 25)),
                List.of(new AllocationRequest("INV-2308-0622", new BigDecimal("6150000.00"))), null, false, null)).number();
        payments.rejectGiro(rejected, LocalDate.of(2023, 8, 28), RejectionReason.INSUFFICIENT_FUNDS,
                "Saldo tidak cukup (kosong)", null);

        recentWeeks(clock.today());
    }

    /**
     * The weeks around today, so a newcomer sees the product on live dates: giros maturing in the
     * coming weeks, two overdue (one of them also about to expire), one about to expire, collections
     * waiting, a recent 'kosong' rejection and a giro cleared today.
     */
    private void recentWeeks(LocalDate today) {
        customers.create("4021", new CustomerDetails("UD SINAR TERANG", "Jl. Sudirman No. 88, Karawang",
                "0267-840-4021", true));
        customers.create("4022", new CustomerDetails("TOKO ANEKA JAYA", "Jl. Ahmad Yani No. 3, Cikarang",
                "021-8900-4022", true));

        String mini = recentInvoice(today.minusDays(30), SEED_CUSTOMER, 1, "18250000.00");
        String sumber = recentInvoice(today.minusDays(25), "2001", 2, "7400000.00");
        String siti = recentInvoice(today.minusDays(20), "2002", 3, "2150000.00");
        String berkah = recentInvoice(today.minusDays(45), "3010", 4, "9800000.00");
        String sinar = recentInvoice(today.minusDays(70), "4021", 5, "9400000.00");
        String aneka = recentInvoice(today.minusDays(75), "4022", 6, "9050000.00");
        String majuJaya = recentInvoice(today.minusDays(40), "3005", 7, "15000000.00");

        activeGiro(SEED_CUSTOMER, today.minusDays(3), today.plusDays(5), "BG-781044", "BCA", mini, "18250000.00");
        activeGiro("2001", today.minusDays(2), today.plusDays(12), "BRI-660127", "BRI", sumber, "7400000.00");
        activeGiro("4021", today.minusDays(1), today.plusDays(21), "BG-302215", "BCA", sinar, "5500000.00");
        activeGiro("4022", today, today.plusDays(28), "MDR-450987", "Mandiri", aneka, "3250000.00");
        // overdue: not cleared within the grace days after its effective date
        activeGiro("2002", today.minusDays(9), today.minusDays(6), "BNI-771360", "BNI", siti, "2150000.00");
        // overdue and its 70-day window ends in four days: the bell counts it once
        activeGiro("4022", today.minusDays(66), today.minusDays(62), "BG-290034", "BCA", aneka, "2800000.00");
        // post-dated far ahead: not overdue yet, but the window ends in six days
        activeGiro("4021", today.minusDays(64), today.minusDays(1), "BRI-640552", "BRI", sinar, "3900000.00");
        payments.record(new PaymentRequest("3005", today.minusDays(12), PaymentMethod.GIRO, "MANDIRI-01", "Budi",
                new BigDecimal("15000000.00"),
                new GiroRequest("BNI-553201", "BNI", "CV MAJU JAYA", today.minusDays(12), today.minusDays(8)),
                List.of(), "Allocate after the ERP confirms the invoice " + majuJaya, false, null));

        String kosong = activeGiro("3010", today.minusDays(30), today.minusDays(25), "MDR-120388", "Mandiri", berkah,
                "9800000.00");
        payments.rejectGiro(kosong, today.minusDays(22), RejectionReason.INSUFFICIENT_FUNDS, "Saldo tidak cukup", null);
        String cleared = activeGiro(SEED_CUSTOMER, today.minusDays(10), today.minusDays(4), "BG-780990", "BCA", null,
                "4500000.00");
        payments.resolve(cleared, today, null);
        payments.record(new PaymentRequest("2002", today.minusDays(2), PaymentMethod.BANK_TRANSFER, "BCA-01", null,
                new BigDecimal("850000.00"), null, List.of(), "Transfer seen in KlikBCA", false, null));

        payments.collect(new PaymentRequest("2001", today, PaymentMethod.CASH, null, "Andi (SFA)",
                new BigDecimal("1250000.00"), null, List.of(), "Cash collected at the shop", false, null));
        payments.collect(new PaymentRequest("4021", today, PaymentMethod.GIRO, "BRI-01", "Andi (SFA)",
                new BigDecimal("4000000.00"),
                new GiroRequest("BG-302240", "BCA", "UD SINAR TERANG", today, today.plusDays(14)),
                List.of(), "Giro photographed at the shop", false, null));
    }

    private String activeGiro(String customer, LocalDate received, LocalDate effective, String giroNumber,
                              String drawerBank, String invoice, String amount) {
        BigDecimal money = new BigDecimal(amount);
        List<AllocationRequest> allocations = invoice == null ? List.of() : List.of(new AllocationRequest(invoice, money));
        return payments.record(new PaymentRequest(customer, received, PaymentMethod.GIRO, "BRI-01", "Andi (SFA)", money,
                new GiroRequest(giroNumber, drawerBank, customers.find(customer).orElseThrow().name(), received,
                        effective), allocations, null, false, null)).number();
    }

    /** An invoice numbered like the ERP does, INV-yymm-09nn by its month. */
    private String recentInvoice(LocalDate date, String customer, int sequence, String amount) {
        String number = "INV-" + date.format(DateTimeFormatter.ofPattern("yyMM")) + "-09" + String.format("%02d", sequence);
        invoice(number, customer, date, amount);
        return number;
    }

    /** Demo-only accounts, one per role; their passwords are printed in the README. */
    private void users() {
        demoUser("admin", "Demo Administrator", Role.ADMIN);
        demoUser("finance", "Siti (Finance)", Role.FINANCE);
        demoUser("manager", "Dewi (Finance manager)", Role.FINANCE_MANAGER);
        demoUser("collector", "Andi (Collector)", Role.COLLECTOR);
        demoUser("viewer", "Budi (Viewer)", Role.VIEWER);
        demoUser("erp", "ERP integration", Role.INTEGRATION);
    }

    private void demoUser(String username, String displayName, Role role) {
        if (users.list().stream().noneMatch(u -> u.username().equals(username))) {
            users.createBySystem(username, displayName, username + "-demo-2026", Set.of(role));
        }
    }

    private void invoice(String number, String customer, LocalDate date, String amount) {
        invoices.create(number, customer, new InvoiceTerms(date, date.plusDays(30), new BigDecimal(amount), false));
    }
}
