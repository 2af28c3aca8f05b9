package cn.sh.pilot.contracts.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A policy's answer: allowed, or refused with one typed error id and a detail. */
class VerdictTest {

    /** Stands in for a module's error enum. */
    enum SampleError implements ErrorId {
        TERM_TOO_LONG("term-too-long", "期限过长。", "The term is too long.");

        private final String id;
        private final String zh;
        private final String en;

        SampleError(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String zh() {
            return zh;
        }

        @Override
        public String en() {
            return en;
        }
    }

    @Test
    void an_allowed_verdict_has_no_error_and_an_empty_detail() {
        Verdict<SampleError> verdict = Verdict.allow();

        assertThat(verdict.isAllowed()).isTrue();
        assertThat(verdict.error()).isEmpty();
        assertThat(verdict.detail()).isEmpty();
        assertThat(verdict).hasToString("allowed");
    }

    @Test
    void an_allowed_verdict_does_not_throw() {
        assertThatCode(() -> Verdict.<SampleError>allow().orThrow()).doesNotThrowAnyException();
    }

    @Test
    void a_refusal_carries_its_typed_error_and_detail() {
        Verdict<SampleError> verdict = Verdict.refuse(SampleError.TERM_TOO_LONG, "8 months");

        assertThat(verdict.isAllowed()).isFalse();
        assertThat(verdict.error()).contains(SampleError.TERM_TOO_LONG);
        assertThat(verdict.detail()).isEqualTo("8 months");
        assertThat(verdict).hasToString("refused term-too-long [8 months]");
    }

    @Test
    void a_refusal_without_a_detail_has_an_empty_one() {
        Verdict<SampleError> verdict = Verdict.refuse(SampleError.TERM_TOO_LONG, null);

        assertThat(verdict.detail()).isEmpty();
        assertThat(verdict).hasToString("refused term-too-long []");
    }

    @Test
    void a_refusal_needs_an_error() {
        assertThatNullPointerException().isThrownBy(() -> Verdict.refuse(null, "8 months"));
    }

    @Test
    void a_refusal_throws_its_error_and_detail() {
        Verdict<SampleError> verdict = Verdict.refuse(SampleError.TERM_TOO_LONG, "8 months");

        assertThatThrownBy(verdict::orThrow).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.error()).isEqualTo(SampleError.TERM_TOO_LONG);
            assertThat(e.id()).isEqualTo("term-too-long");
            assertThat(e.detail()).isEqualTo("8 months");
        });
    }
}
