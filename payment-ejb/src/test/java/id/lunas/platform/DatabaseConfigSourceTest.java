package id.lunas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataSourceClassConfigSourceTest {

    @Test
    void mysqlAndMariadbUrlsUseTheMysqlDriver() {
        assertThat(DataSourceClassConfigSource.dataSourceClassFor("jdbc:mysql://db:3306/lunas"))
                .isEqualTo(DataSourceClassConfigSource.MYSQL);
        assertThat(DataSourceClassConfigSource.dataSourceClassFor("JDBC:MariaDB://db/lunas"))
                .isEqualTo(DataSourceClassConfigSource.MYSQL);
    }

    @Test
    void anythingElseIsTheEmbeddedH2() {
        assertThat(DataSourceClassConfigSource.dataSourceClassFor(null)).isEqualTo(DataSourceClassConfigSource.H2);
        assertThat(DataSourceClassConfigSource.dataSourceClassFor("jdbc:h2:/data/lunas"))
                .isEqualTo(DataSourceClassConfigSource.H2);
    }

    @Test
    void itSitsBetweenTheDefaultsFileAndTheEnvironment() {
        assertThat(new DataSourceClassConfigSource().getOrdinal()).isGreaterThan(100).isLessThan(300);
        assertThat(new DataSourceClassConfigSource().getPropertyNames()).containsExactly("lunas.db.datasource-class");
    }
}
