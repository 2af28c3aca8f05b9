package cn.sh.pilot.app.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseSettingsTest {

    @Test
    void the_embedded_database_writes_each_commit_before_returning_so_a_killed_server_keeps_it() {
        DatabaseSettings s = DatabaseSettings.resolve(Map.of("PILOT_DATA_DIR", "/srv/pilot"), new Properties());

        assertThat(s.url()).contains(";WRITE_DELAY=0");
    }

    @Test
    void without_a_url_the_database_is_an_h2_file_in_the_data_directory() {
        DatabaseSettings s = DatabaseSettings.resolve(Map.of("PILOT_DATA_DIR", "/srv/pilot"), new Properties());

        assertThat(s.url()).startsWith("jdbc:h2:file:" + Path.of("/srv/pilot/db/pilot"));
        assertThat(s.kind()).isEqualTo(DatabaseSettings.Kind.H2);
    }

    @Test
    void a_postgresql_url_from_the_environment_wins_over_system_properties() {
        Properties system = new Properties();
        system.setProperty("PILOT_DB_URL", "jdbc:h2:mem:x");
        DatabaseSettings s = DatabaseSettings.resolve(Map.of("PILOT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/pilot",
                "PILOT_DB_USER", "pilot", "PILOT_DB_PASSWORD", "secret"), system);

        assertThat(s.kind()).isEqualTo(DatabaseSettings.Kind.POSTGRESQL);
        assertThat(s.user()).isEqualTo("pilot");
        assertThat(s.toString()).doesNotContain("secret");
    }

    @Test
    void blank_environment_values_count_as_unset() {
        Properties system = new Properties();
        system.setProperty("PILOT_DB_URL", "jdbc:postgresql://db/pilot");
        DatabaseSettings s = DatabaseSettings.resolve(Map.of("PILOT_DB_URL", " "), system);

        assertThat(s.url()).isEqualTo("jdbc:postgresql://db/pilot");
    }

    @Test
    void other_databases_are_refused_with_the_password_hidden() {
        DatabaseSettings s = DatabaseSettings.resolve(Map.of("PILOT_DB_URL", "jdbc:mysql://h/db?password=topsecret"), new Properties());

        assertThatThrownBy(s::kind).hasMessageContaining("jdbc:postgresql:").hasMessageNotContaining("topsecret");
    }
}
