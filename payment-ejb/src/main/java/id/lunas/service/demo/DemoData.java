package id.lunas.service.demo;

import id.lunas.domain.bankaccount.BankAccountDetails;
import id.lunas.domain.customer.CustomerDetails;
import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.domain.invoice.InvoiceTerms;
import id.lunas.domain.user.Role;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.customerpayment.AllocationRequest;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentNumbers;
import id.lunas.service.customerpayment.PaymentRequest.GiroRequest;
import id.lunas.service.customerpayment.PaymentRequest;
import id.lunas.service.invoice.InvoiceService;
import id.lunas.service.platform.AsSystem;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.DatabaseMigration;
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
    PaymentNumbers numbers;

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
        boolean embeddedAndEmpty = migration.databaseProduct().toUpperCase().contains("H2") && customerCount() == 0;
        if ((demoRequested || embeddedAndEmpty) && customers.find(SEED_CUSTOMER).isEmpty()) {
            load();
            LOG.info("Demo data loaded: try Sales > Customer Payment, Active + Giro, PR-230800811; demo users admin, "
                    + "finance, collector, viewer and erp have the password <name>-demo-2026 (see README)");
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
        numbers.continueAfter(YearMonth.of(2023, 8), 810);

        payments.record(new PaymentRequest(SEED_CUSTOMER, LocalDate.of(2023, 8, 21), PaymentMethod.GIRO, "BRI-01",
                "Andi (SFA)", new BigDecimal("30878568.81"),
                new GiroRequest("BG-778812", "BCA", "1188 MINI MARKET", LocalDate.of(2023, 8, 21), LocalDate.of(2023, 8, 22)),
                List.of(new AllocationRequest("INV-2307-0441", new BigDecimal("30878568.81"))),
                "Giro received at the shop", false));
        payments.record(new PaymentRequest("2001", LocalDate.of(2023, 8, 21), PaymentMethod.CASH, null, "Budi",
                new BigDecimal("4250000.00"), null,
                List.of(new AllocationRequest("INV-2307-0380", new BigDecimal("4250000.00"))), null, false));
        payments.collect(new PaymentRequest("2002", LocalDate.of(2023, 8, 22), PaymentMethod.BANK_TRANSFER, "BCA-01",
                "Citra", new BigDecimal("1000000.00"), null,
                List.of(new AllocationRequest("INV-2308-0602", new BigDecimal("1000000.00"))), "Transfer slip photographed", false));
        String cancelled = payments.record(new PaymentRequest("3005", LocalDate.of(2023, 8, 22), PaymentMethod.BANK_TRANSFER,
                "MANDIRI-01", null, new BigDecimal("8400000.00"), null,
                List.of(new AllocationRequest("INV-2308-0610", new BigDecimal("8400000.00"))), null, true)).number();
        payments.cancel(cancelled, "Entered twice; the transfer is on PR of the next day", null);
        String rejected = payments.record(new PaymentRequest("3010", LocalDate.of(2023, 8, 23), PaymentMethod.GIRO,
                "BCA-01", "Andi (SFA)", new BigDecimal("6150000.00"),
                new GiroRequest("MDR-120045", "Mandiri", "Hendra Wijaya", LocalDate.of(2023, 8, 23), LocalDate.of(2023, 8, 25)),
                List.of(new AllocationRequest("INV-2308-0622", new BigDecimal("6150000.00"))), null, false)).number();
        payments.rejectGiro(rejected, LocalDate.of(2023, 8, 28), RejectionReason.INSUFFICIENT_FUNDS,
                "Saldo tidak cukup (kosong)", null);

        // A recent giro still waiting to clear, so the overdue and maturity views have something current.
        LocalDate today = clock.today();
        invoice("INV-" + today.minusDays(40).toString().replace("-", "").substring(2, 6) + "-0901", "3005",
                today.minusDays(40), "15000000.00");
        payments.record(new PaymentRequest("3005", today.minusDays(12), PaymentMethod.GIRO, "MANDIRI-01", "Budi",
                new BigDecimal("15000000.00"),
                new GiroRequest("BNI-553201", "BNI", "CV MAJU JAYA", today.minusDays(12), today.minusDays(8)),
                List.of(), "Allocate after the ERP confirms the invoice", false));
    }

    /** Demo-only accounts, one per role; their passwords are printed in the README. */
    private void users() {
        demoUser("admin", "Demo Administrator", Role.ADMIN);
        demoUser("finance", "Siti (Finance)", Role.FINANCE);
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
