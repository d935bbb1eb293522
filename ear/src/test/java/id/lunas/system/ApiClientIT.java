package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.lunas.client.ApiClient;
import id.lunas.client.ApiException;
import id.lunas.client.api.GirosApi;
import id.lunas.client.api.PaymentsApi;
import id.lunas.client.model.PaymentDetails;
import id.lunas.client.model.PaymentPage;
import id.lunas.client.model.PaymentSummary;
import id.lunas.client.model.Resolve;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated from docs/api/lunas-api.yaml (openapi-generator, at generate-test-sources)
 * works against the server: what an ERP or SFA team would do with the description.
 */
class ApiClientIT {

    private static PaymentsApi payments(String demoUser) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.BASE);
        String authorization = Api.as(demoUser).authorization();
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return new PaymentsApi(client);
    }

    @Test
    void theGeneratedClientFindsTheSeedPaymentWithItsTotal() throws ApiException {
        PaymentPage page = payments("finance").listPayments(null, null, null, null, null, "230800811", null, 0, 20,
                null);

        assertThat(page.getItems()).extracting(PaymentSummary::getNumber).contains("PR-230800811");
        assertThat(page.getTotalAmount()).isEqualByComparingTo(page.getItems().stream()
                .map(PaymentSummary::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        PaymentDetails seed = payments("finance").getPayment("PR-230800811");
        assertThat(seed.getCustomerName()).isEqualTo("1188 MINI MARKET");
        assertThat(seed.getAmount()).isEqualByComparingTo("30878568.81");
    }

    @Test
    void theGeneratedClientResolvesAGiroAndSeesTheRefusalOfASecondResolve() throws ApiException {
        String customer = Api.Erp.customer("TOKO KLIEN");
        String number = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "750.00");
        PaymentsApi finance = payments("finance");

        PaymentDetails resolved = finance.resolvePayment(number, null, null, new Resolve().resolvedDate("2023-08-24"));

        assertThat(resolved.getStatus()).hasToString("COMPLETED");
        ApiException refused = catchThrowableOfType(
                () -> finance.resolvePayment(number, null, null, new Resolve().resolvedDate("2023-08-24")),
                ApiException.class);
        assertThat(refused.getCode()).isEqualTo(409);
        assertThat(refused.getResponseBody()).contains("\"code\":\"transition.resolve\"");
    }

    @Test
    void theGeneratedClientReadsTheGiroLists() throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Api.BASE);
        String authorization = Api.as("viewer").authorization();
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));

        assertThat(new GirosApi(client).getGiroMaturity(null, null)).isNotEmpty().allSatisfy(day -> {
            assertThat(day.getCount()).isPositive();
            assertThat(day.getAmount()).isPositive();
        });
        assertThat(new GirosApi(client).listOverdueGiros()).isNotEmpty().allSatisfy(giro ->
                assertThat(giro.getNumber()).startsWith("PR-"));
    }
}
