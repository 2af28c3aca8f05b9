package cn.sh.pilot.app.application;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenCallTest {

    private static final CallView CALL_2023 = call("2023-139", 2023, LocalDate.of(2023, 4, 10), LocalDate.of(2023, 5, 15));
    private static final CallView CALL_2024 = call("2024-88", 2024, LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 30));

    private static CallView call(String id, int year, LocalDate published, LocalDate deadline) {
        return new CallView(id, year, "沪市监标技〔" + year + "〕号", "征集", "Call", published, deadline, 24, 6, 1,
                List.of(), List.of(), List.of());
    }

    private static OpenCall on(LocalDate day, String configured) {
        OpenCall open = new OpenCall();
        open.calls = new CallCatalogue() {
            @Override
            public List<CallView> all() {
                return List.of(CALL_2024, CALL_2023);
            }

            @Override
            public Optional<CallView> byId(String id) {
                return all().stream().filter(c -> c.id().equals(id)).findFirst();
            }
        };
        open.clock = Clock.fixed(ZonedDateTime.of(day.atTime(9, 0), ShanghaiTime.ZONE).toInstant(), ShanghaiTime.ZONE);
        open.configured = Optional.ofNullable(configured);
        return open;
    }

    @Test
    void the_open_call_is_the_newest_one_published_also_after_its_deadline() {
        assertThat(on(LocalDate.of(2023, 5, 16), null).id()).isEqualTo("2023-139");
        assertThat(on(LocalDate.of(2024, 3, 19), null).id()).as("2024's call not yet published").isEqualTo("2023-139");
        assertThat(on(LocalDate.of(2024, 3, 20), null).id()).isEqualTo("2024-88");
    }

    @Test
    void a_configured_call_wins_and_an_unknown_one_is_refused() {
        assertThat(on(LocalDate.of(2024, 6, 1), "2023-139").id()).isEqualTo("2023-139");
        assertThatThrownBy(() -> on(LocalDate.of(2024, 6, 1), "2025-1").id())
                .isInstanceOf(ChangeRefusedException.class).hasMessageContaining("call-unknown");
        assertThatThrownBy(() -> on(LocalDate.of(2023, 1, 1), null).id()).as("nothing published yet")
                .isInstanceOf(ChangeRefusedException.class).hasMessageContaining("call-unknown");
    }
}
