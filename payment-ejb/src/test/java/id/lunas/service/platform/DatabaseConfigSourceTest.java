package id.lunas.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    @Test
    void mysqlAndMariadbUrlsUseTheMysqlDriver() {
        assertThat(DatabaseConfigSource.dataSourceClassFor("jdbc:mysql://db:3306/lunas"))
                .isEqualTo(DatabaseConfigSource.MYSQL);
        assertThat(DatabaseConfigSource.dataSourceClassFor("JDBC:MariaDB://db/lunas"))
                .isEqualTo(DatabaseConfigSource.MYSQL);
    }

    @Test
    void anythingElseIsTheEmbeddedH2() {
        assertThat(DatabaseConfigSource.dataSourceClassFor(null)).isEqualTo(DatabaseConfigSource.H2);
        assertThat(DatabaseConfigSource.dataSourceClassFor("jdbc:h2:/data/lunas"))
                .isEqualTo(DatabaseConfigSource.H2);
    }

    @Test
    void aMysqlUrlGetsTheDriverSettingsLunasIsMeasuredWith() {
        String url = DatabaseConfigSource.connectionUrlFor("jdbc:mysql://db:3306/lunas");

        assertThat(url).startsWith("jdbc:mysql://db:3306/lunas?")
                .contains("useLocalSessionState=true", "rewriteBatchedStatements=true", "cacheServerConfiguration=true");
        assertThat(url.chars().filter(c -> c == '?').count()).isEqualTo(1);
    }

    @Test
    void theOperatorsOwnUrlParametersWin() {
        String url = DatabaseConfigSource.connectionUrlFor(
                "jdbc:mysql://db:3306/lunas?sslMode=REQUIRED&useLocalSessionState=false");

        assertThat(url).startsWith("jdbc:mysql://db:3306/lunas?sslMode=REQUIRED&useLocalSessionState=false&")
                .doesNotContain("useLocalSessionState=true").contains("rewriteBatchedStatements=true");
    }

    @Test
    void itSitsBetweenTheDefaultsFileAndTheEnvironment() {
        assertThat(new DatabaseConfigSource().getOrdinal()).isGreaterThan(100).isLessThan(300);
        assertThat(new DatabaseConfigSource().getPropertyNames())
                .containsExactlyInAnyOrder(DatabaseConfigSource.DATASOURCE_CLASS, DatabaseConfigSource.CONNECTION_URL);
    }
}
