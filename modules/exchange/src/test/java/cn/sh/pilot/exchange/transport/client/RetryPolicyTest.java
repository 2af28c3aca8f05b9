package cn.sh.pilot.exchange.transport.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void the_delay_doubles_after_each_failed_attempt_up_to_the_maximum() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(2), Duration.ofSeconds(20));
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(60)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void at_least_one_attempt_is_required() {
        assertThatThrownBy(() -> RetryPolicy.of(0, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
