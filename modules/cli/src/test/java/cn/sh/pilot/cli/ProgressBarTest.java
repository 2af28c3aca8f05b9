package cn.sh.pilot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void on_a_terminal_redraws_one_bar_in_place_at_most_every_100_ms_and_always_at_the_end() {
        ProgressBar bar = ProgressBar.on(new PrintWriter(err, true), "verifying", true, nanos::get);

        bar.advanced(1234, 10_000);
        nanos.addAndGet(50_000_000);
        bar.advanced(1300, 10_000);
        nanos.addAndGet(60_000_000);
        bar.advanced(5000, 10_000);
        bar.advanced(10_000, 10_000);
        bar.finish();

        assertThat(err.toString()).isEqualTo("\rverifying [###...........................] 1234/10000"
                + "\rverifying [###############...............] 5000/10000"
                + "\rverifying [##############################] 10000/10000" + System.lineSeparator());
    }

    @Test
    void elsewhere_prints_a_plain_line_at_the_start_and_per_tenth_of_the_way() {
        ProgressBar bar = ProgressBar.on(new PrintWriter(err, true), "verifying", false, nanos::get);

        for (long done = 1; done <= 20; done++) {
            bar.advanced(done, 20);
        }
        bar.finish();

        assertThat(err.toString().lines()).hasSize(11)
                .startsWith("verifying 1/20 (0%)", "verifying 2/20 (10%)", "verifying 4/20 (20%)").endsWith("verifying 20/20 (100%)")
                .noneMatch(l -> l.contains("\r"));
    }
}
