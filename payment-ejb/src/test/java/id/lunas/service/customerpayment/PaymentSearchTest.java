package id.lunas.service.customerpayment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentSearchTest {

    @ParameterizedTest(name = "{0} searches numbers starting {1}")
    @CsvSource(delimiter = '|', value = {"230800811|PR-230800811", "PR-230800811|PR-230800811", "pr230800811|PR-230800811",
            "PR-2308|PR-2308", "BG-778812|BG-778812", "mini market|MINI MARKET"})
    void aPaymentNumberNeedsNoPrefix(String typed, String prefix) {
        assertThat(PaymentSearch.numberPrefix(typed)).isEqualTo(prefix);
    }

    @ParameterizedTest(name = "{0} is the amount {1}")
    @CsvSource(delimiter = '|', value = {"30878568.81|30878568.81", "30,878,568.81|30878568.81",
            "30.878.568,81|30878568.81", "Rp30.878.568,81|30878568.81"})
    void anAmountReadsInEitherNotation(String typed, String amount) {
        assertThat(PaymentSearch.amounts(typed)).containsExactly(new BigDecimal(amount));
    }

    @Test
    void groupedThousandsMeanTheSameInEitherNotationBecauseThreeDecimalsAreNoAmount() {
        assertThat(PaymentSearch.amounts("1.250")).containsExactly(new BigDecimal("1250.00"));
        assertThat(PaymentSearch.amounts("1,250")).containsExactly(new BigDecimal("1250.00"));
    }

    @Test
    void aTextThatIsNoAmountSearchesNoAmountAndACustomerOnlyWhenOneMatched() {
        Map<String, Object> parameters = new HashMap<>();

        String clause = PaymentSearch.clause("BG-778812", List.of(), parameters);

        assertThat(PaymentSearch.amounts("BG-778812")).isEmpty();
        assertThat(clause).contains("p.giro.number like", "p.giro.drawerBank =").doesNotContain("p.amount", "customer");
        assertThat(parameters).containsEntry("searchGiro", "BG-778812%").containsEntry("searchBank", "BG-778812");
        assertThat(PaymentSearch.clause("mini", new ArrayList<>(List.of(7L)), new HashMap<>()))
                .contains("p.customer.id in :searchCustomers");
    }
}
