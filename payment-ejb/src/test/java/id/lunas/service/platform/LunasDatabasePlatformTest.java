package id.lunas.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LunasDatabasePlatformTest {

    @Test
    void newIdsAreReadWithLastInsertIdBecauseGeneratedKeysLeakStatements() {
        LunasDatabasePlatform platform = new LunasDatabasePlatform();

        assertThat(platform.supportsReturnGeneratedKeys()).isFalse();
        assertThat(platform.supportsIdentity()).isTrue();
        assertThat(platform.buildSelectQueryForIdentity().getSQLString()).isEqualTo("SELECT LAST_INSERT_ID()");
    }
}
