package id.lunas.web.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreferencesTest {

    @Test
    void returnMinimalIsFoundAmongOtherPreferencesWhateverItsCaseOrQuotes() {
        assertThat(Preferences.returnMinimal("return=minimal")).isTrue();
        assertThat(Preferences.returnMinimal("respond-async, RETURN=\"minimal\"; foo=bar")).isTrue();
        assertThat(Preferences.returnMinimal(" wait=10 ,return = minimal")).isTrue();
    }

    @Test
    void anyOtherPreferenceOrNoneAsksForTheFullAnswer() {
        assertThat(Preferences.returnMinimal(null)).isFalse();
        assertThat(Preferences.returnMinimal("return=representation")).isFalse();
        assertThat(Preferences.returnMinimal("minimal")).isFalse();
        assertThat(Preferences.returnMinimal("handling=lenient")).isFalse();
    }
}
