package cn.sh.pilot.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.sh.pilot.contracts.error.RefusedException;

class OpinionsFileTest {

    @TempDir
    Path dir;

    @Test
    void reads_csv_with_quoted_commas_a_bom_comments_and_columns_in_any_order() throws Exception {
        Path file = Files.writeString(dir.resolve("opinions.csv"), "\uFEFF# 徐汇区 2023\r\n"
                + "opinion,application,recommend,rank,reviewer,date\r\n"
                + "\"同意推荐, 排第一；\"\"一网统管\"\"\",a.xml,是,1,孙立新,2023-05-18\r\n"
                + "项目基础薄弱。,b.xml,no,,孙立新,\r\n");

        List<OpinionsFile.Opinion> opinions = OpinionsFile.read(file);

        assertThat(opinions).hasSize(2);
        assertThat(opinions.get(0).text()).isEqualTo("同意推荐, 排第一；\"一网统管\"");
        assertThat(opinions.get(0).recommend()).isTrue();
        assertThat(opinions.get(0).rank()).isEqualTo(1);
        assertThat(opinions.get(0).date()).isEqualTo(LocalDate.of(2023, 5, 18));
        assertThat(opinions.get(0).where()).isEqualTo("opinions.csv:3");
        assertThat(opinions.get(1).recommend()).isFalse();
        assertThat(opinions.get(1).rank()).isNull();
        assertThat(opinions.get(1).date()).isNull();
    }

    @Test
    void reads_the_same_opinions_from_a_json_array() throws Exception {
        Path file = Files.writeString(dir.resolve("opinions.json"), "[{\"application\":\"a.xml\",\"recommend\":true,"
                + "\"rank\":2,\"reviewer\":\"孙立新\",\"title\":\"科长\",\"opinion\":\"同意推荐。\"}]");

        OpinionsFile.Opinion opinion = OpinionsFile.read(file).get(0);

        assertThat(opinion.application()).isEqualTo("a.xml");
        assertThat(opinion.recommend()).isTrue();
        assertThat(opinion.rank()).isEqualTo(2);
        assertThat(opinion.title()).isEqualTo("科长");
    }

    @Test
    void refuses_a_recommend_value_that_is_neither_yes_nor_no_naming_the_line() throws Exception {
        Path file = Files.writeString(dir.resolve("opinions.csv"), "application,recommend,reviewer,opinion\na.xml,maybe,孙立新,x\n");

        assertThatThrownBy(() -> OpinionsFile.read(file)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("opinion-invalid").hasMessageContaining("opinions.csv:2");
    }

    @Test
    void refuses_a_csv_without_the_header_row() throws Exception {
        Path file = Files.writeString(dir.resolve("opinions.csv"), "a.xml,是,1,孙立新,,2023-05-18,同意推荐。\n");

        assertThatThrownBy(() -> OpinionsFile.read(file)).isInstanceOf(RefusedException.class)
                .hasMessageContaining("opinions-unreadable");
    }
}
