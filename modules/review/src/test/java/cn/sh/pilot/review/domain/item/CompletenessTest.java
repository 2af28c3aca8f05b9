package cn.sh.pilot.review.domain.item;

import static cn.sh.pilot.review.fixtures.Reviews.NOW;
import static cn.sh.pilot.review.fixtures.Reviews.OPERATOR;
import static cn.sh.pilot.review.fixtures.Reviews.checklist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.sh.pilot.review.domain.shared.ItemId;
import cn.sh.pilot.review.domain.shared.ReviewRefusedException;
import cn.sh.pilot.review.fixtures.Reviews;

class CompletenessTest {

    private static final LocalDate IN_TWO_WEEKS = LocalDate.of(2023, 8, 3);

    @Test
    void is_complete_when_every_applicable_check_passed() throws ReviewRefusedException {
        ReviewItem key = Reviews.imported(Reviews.keyItem());
        key.recordCheck(checklist(), "stamped-form", true, null, OPERATOR, NOW);
        key.recordCheck(checklist(), "recommender-opinion", true, null, OPERATOR, NOW);
        key.recordCheck(checklist(), "industry-endorsement", true, null, OPERATOR, NOW);
        assertThat(key.completeness(checklist())).isEqualTo(Completeness.PENDING);
        key.recordCheck(checklist(), "planned-standards", true, null, OPERATOR, NOW);
        assertThat(key.completeness(checklist())).isEqualTo(Completeness.COMPLETE);
    }

    @Test
    void does_not_ask_a_general_project_for_the_key_only_checks() throws ReviewRefusedException {
        ReviewItem general = Reviews.imported(Reviews.generalItem());
        general.recordCheck(checklist(), "stamped-form", true, null, OPERATOR, NOW);
        general.recordCheck(checklist(), "recommender-opinion", true, null, OPERATOR, NOW);
        assertThat(general.completeness(checklist())).isEqualTo(Completeness.COMPLETE);
    }

    @Test
    void refuses_a_failed_check_without_a_note() {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        assertThatThrownBy(() -> item.recordCheck(checklist(), "stamped-form", false, "", OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("check-note-missing"));
    }

    @Test
    void refuses_a_check_that_is_not_on_the_checklist() {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        assertThatThrownBy(() -> item.recordCheck(checklist(), "favourite-colour", true, "", OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("check-unknown-item"));
    }

    @Test
    void turns_failed_checks_into_a_correction_request_and_waits_for_the_correction() throws ReviewRefusedException {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        item.recordCheck(checklist(), "stamped-form", false, "扫描件为空文件", OPERATOR, NOW);
        item.recordCheck(checklist(), "recommender-opinion", true, null, OPERATOR, NOW);
        assertThat(item.completeness(checklist())).isEqualTo(Completeness.INCOMPLETE);

        CorrectionRequest request = item.requestCorrection(checklist(), IN_TWO_WEEKS, OPERATOR, NOW);

        assertThat(request.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("stamped-form");
            assertThat(reason.zh()).isEqualTo("盖章申请表扫描件齐全：扫描件为空文件");
        });
        assertThat(item.status()).isEqualTo(ItemStatus.CORRECTION_REQUESTED);
        assertThatThrownBy(() -> item.recordCheck(checklist(), "stamped-form", true, null, OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("item-awaiting-correction"));
    }

    @Test
    void refuses_a_correction_request_when_no_check_failed() throws ReviewRefusedException {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        item.recordCheck(checklist(), "stamped-form", true, null, OPERATOR, NOW);
        assertThatThrownBy(() -> item.requestCorrection(checklist(), IN_TWO_WEEKS, OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("correction-without-failed-check"));
    }

    @Test
    void refuses_a_correction_deadline_in_the_past() throws ReviewRefusedException {
        ReviewItem item = Reviews.imported(Reviews.keyItem());
        item.recordCheck(checklist(), "stamped-form", false, "缺页", OPERATOR, NOW);
        assertThatThrownBy(() -> item.requestCorrection(checklist(), LocalDate.of(2023, 7, 19), OPERATOR, NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.id()).isEqualTo("correction-deadline-past"));
    }

    @Test
    void links_the_corrected_item_of_a_later_batch_to_the_original() throws ReviewRefusedException {
        ReviewItem original = Reviews.imported(Reviews.keyItem());
        original.recordCheck(checklist(), "stamped-form", false, "缺页", OPERATOR, NOW);
        original.requestCorrection(checklist(), IN_TWO_WEEKS, OPERATOR, NOW);
        ImportedItem o = Reviews.keyItem();
        ReviewItem corrected = Reviews.imported(new ImportedItem(ItemId.newId(), o.batchId(), o.batchCallId(),
                o.recommender(), 1, original.applicationId(), o.applicationCallId(), o.applicant(), o.projectName(),
                o.pilotKind(), o.declaredType(), o.directionGroup(), o.direction(), o.recommendation()));

        corrected.replaces(original, NOW);

        assertThat(corrected.correctionOf()).contains(original.id());
        assertThat(original.status()).isEqualTo(ItemStatus.SUPERSEDED);
        assertThat(original.supersededBy()).contains(corrected.id());
    }

    @Test
    void refuses_to_link_an_item_of_another_application_as_its_correction() throws ReviewRefusedException {
        ReviewItem original = Reviews.imported(Reviews.keyItem());
        original.recordCheck(checklist(), "stamped-form", false, "缺页", OPERATOR, NOW);
        original.requestCorrection(checklist(), IN_TWO_WEEKS, OPERATOR, NOW);
        ReviewItem unrelated = Reviews.imported(Reviews.keyItem());
        assertThatThrownBy(() -> unrelated.replaces(original, NOW)).isInstanceOfSatisfying(ReviewRefusedException.class,
                e -> assertThat(e.id()).isEqualTo("correction-link-mismatch"));
        assertThat(original.status()).isEqualTo(ItemStatus.CORRECTION_REQUESTED);
    }

    @Test
    void refuses_to_import_an_item_its_recommender_did_not_recommend() {
        ImportedItem k = Reviews.keyItem();
        ImportedItem notRecommended = new ImportedItem(k.itemId(), k.batchId(), k.batchCallId(), k.recommender(), 1,
                k.applicationId(), k.applicationCallId(), k.applicant(), k.projectName(), k.pilotKind(),
                k.declaredType(), k.directionGroup(), k.direction(), Reviews.opinion(false));
        assertThatThrownBy(() -> ReviewItem.imported(notRecommended, Reviews.routing(), NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("item-not-recommended"));
    }

    @Test
    void refuses_to_import_an_application_of_another_call_than_its_batch() {
        ImportedItem k = Reviews.keyItem();
        ImportedItem otherCall = new ImportedItem(k.itemId(), k.batchId(), k.batchCallId(), k.recommender(), 1,
                k.applicationId(), new cn.sh.pilot.review.domain.shared.CallId("2022-88"), k.applicant(),
                k.projectName(), k.pilotKind(), k.declaredType(), k.directionGroup(), k.direction(), k.recommendation());
        assertThatThrownBy(() -> ReviewItem.imported(otherCall, Reviews.routing(), NOW))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> assertThat(e.id()).isEqualTo("item-call-mismatch"));
    }
}
