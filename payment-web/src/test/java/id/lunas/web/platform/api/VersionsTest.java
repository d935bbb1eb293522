package id.lunas.web.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lunas.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void anIfMatchCarriesTheVersionItWasIssuedWith() {
        assertThat(Versions.expected("\"3\"")).isEqualTo(3L);
        assertThat(Versions.expected("12")).isEqualTo(12L);
    }

    @Test
    void noIfMatchOrAStarMeansAnyVersion() {
        assertThat(Versions.expected(null)).isNull();
        assertThat(Versions.expected("*")).isNull();
    }

    @Test
    void aWellFormedTagThatIsNotOursOrIsWeakMatchesNoVersionSoTheAnswerIsPreconditionFailed() {
        assertThat(Versions.expected("\"abc\"")).isEqualTo(Versions.NEVER_MATCHES);
        assertThat(Versions.expected("W/\"12\"")).isEqualTo(Versions.NEVER_MATCHES);
        assertThat(Versions.expected("\"\"")).isEqualTo(Versions.NEVER_MATCHES);
    }

    @Test
    void somethingThatIsNotAnEntityTagIsABadRequest() {
        assertThatThrownBy(() -> Versions.expected("abc")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Versions.expected("\"3")).isInstanceOf(InvalidInputException.class);
    }
}
