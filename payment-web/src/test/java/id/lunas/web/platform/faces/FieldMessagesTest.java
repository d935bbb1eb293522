package id.lunas.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldMessagesTest {

    @Test
    void aNestedFieldIsShownOnTheComponentNamedInCamelCase() {
        assertThat(FieldMessages.componentId("giro.effectiveDate")).isEqualTo("giroEffectiveDate");
        assertThat(FieldMessages.componentId("resolvedDate")).isEqualTo("resolvedDate");
    }
}
