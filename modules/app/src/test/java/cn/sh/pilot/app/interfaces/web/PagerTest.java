package cn.sh.pilot.app.interfaces.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagerTest {

    @Test
    void pages_are_clamped_to_what_exists() {
        assertThat(new Pager(99, 31, 15).getPage()).isEqualTo(3);
        assertThat(new Pager(-2, 31, 15).getPage()).isEqualTo(1);
        assertThat(new Pager(null, 0, 15).getPages()).isEqualTo(1);
        assertThat(new Pager(2, 31, 15).getFirst()).isEqualTo(15);
    }

    @Test
    void at_most_seven_page_links_around_the_current_page() {
        assertThat(new Pager(10, 300, 15).getNumbers()).containsExactly(7, 8, 9, 10, 11, 12, 13);
        assertThat(new Pager(1, 300, 15).getNumbers()).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(new Pager(20, 300, 15).getNumbers()).containsExactly(14, 15, 16, 17, 18, 19, 20);
    }

    @Test
    void sorting_accepts_only_known_columns_and_flips_the_current_one() {
        enum Col { NAME, CODE }
        Sorting<Col> s = new Sorting<>(Col.class, "code; drop table", "desc", Col.NAME);
        assertThat(s.key()).isEqualTo(Col.NAME);
        assertThat(s.ascending()).isFalse();

        Sorting<Col> byCode = new Sorting<>(Col.class, "code", "asc", Col.NAME);
        assertThat(byCode.dirFor("code")).isEqualTo("desc");
        assertThat(byCode.dirFor("name")).isEqualTo("asc");
        assertThat(byCode.cssFor("code")).isEqualTo("sorted-asc");
    }
}
