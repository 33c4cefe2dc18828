package org.garrison.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.garrison.people.internal.Eligibility.Failure;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

class ApplicantTests {

    private static final List<Failure> NONE = List.of();

    private static final List<Failure> TOO_SHORT = List.of(new Failure("people.rule.tooShort", List.of(165, 170)));

    @Test
    void passesTheStagesInOrderUpToHired() {
        var applicant = applicant();
        for (Stage expected : List.of(Stage.SCREENED, Stage.INTERVIEWED, Stage.PHYSICAL_TEST, Stage.BACKGROUND_CHECK,
                Stage.OFFER, Stage.HIRED)) {
            assertThat(applicant.advance(NONE)).isEqualTo(expected);
        }
    }

    @Test
    void aFailedRuleBlocksTheOfferWithItsReasonAndChangesNothing() {
        var applicant = at(Stage.BACKGROUND_CHECK);
        assertThatThrownBy(() -> applicant.advance(TOO_SHORT)).isInstanceOf(DomainException.class)
            .satisfies(ex -> {
                assertThat(((DomainException) ex).messageKey()).isEqualTo("people.rule.tooShort");
                assertThat(((DomainException) ex).arguments()).containsExactly(165, 170);
            });
        assertThat(applicant.getStage()).isEqualTo(Stage.BACKGROUND_CHECK);
    }

    @Test
    void earlierStagesAreNotBlockedByRulesNotYetChecked() {
        var applicant = applicant();
        assertThat(applicant.advance(TOO_SHORT)).isEqualTo(Stage.SCREENED);
    }

    @Test
    void aHireWithoutPassingChecksIsRefused() {
        var applicant = at(Stage.OFFER);
        assertThatThrownBy(() -> applicant.advance(TOO_SHORT)).isInstanceOf(DomainException.class);
        assertThat(applicant.getStage()).isEqualTo(Stage.OFFER);
    }

    @Test
    void aManagersWrittenOverrideMovesIntoOfferAndLetsTheHireThrough() {
        var applicant = at(Stage.BACKGROUND_CHECK);
        applicant.overrideIntoOffer("  退伍军人，身高差 5 厘米，岗位为监控室  ", "hr");
        assertThat(applicant.getStage()).isEqualTo(Stage.OFFER);
        assertThat(applicant.getOverrideReason()).isEqualTo("退伍军人，身高差 5 厘米，岗位为监控室");
        assertThat(applicant.getOverrideBy()).isEqualTo("hr");
        assertThat(applicant.advance(TOO_SHORT)).isEqualTo(Stage.HIRED);
    }

    @Test
    void anOverrideNeedsAReasonAndTheBackgroundCheckStage() {
        assertThatThrownBy(() -> at(Stage.BACKGROUND_CHECK).overrideIntoOffer(" ", "hr")).isInstanceOf(DomainException.class)
            .hasMessage("people.applicant.overrideReason");
        assertThatThrownBy(() -> at(Stage.INTERVIEWED).overrideIntoOffer("理由", "hr")).isInstanceOf(DomainException.class)
            .hasMessage("people.applicant.overrideStage");
    }

    @Test
    void rejectionAtAnyStageKeepsTheStageAndReason() {
        var applicant = at(Stage.PHYSICAL_TEST);
        applicant.reject("体能测试未达标");
        assertThat(applicant.getStage()).isEqualTo(Stage.REJECTED);
        assertThat(applicant.getRejectedAt()).isEqualTo(Stage.PHYSICAL_TEST);
        assertThat(applicant.getRejectionReason()).isEqualTo("体能测试未达标");
    }

    @Test
    void rejectionNeedsAReason() {
        var applicant = applicant();
        assertThatThrownBy(() -> applicant.reject("")).hasMessage("people.applicant.rejectionReason");
        assertThat(applicant.getStage()).isEqualTo(Stage.APPLIED);
    }

    @Test
    void theHireWaitsForAHiringPlanWhoseSiteGivesTheBranch() {
        var applicant = new Applicant(null, null, "谢文龙", ResidentId.of("440304198106151238"), "13800000000", 180,
                Education.SENIOR_HIGH, RecruitmentChannel.OTHER, LocalDate.of(2026, 11, 1));
        for (int i = 0; i < 5; i++) {
            applicant.advance(NONE);
        }
        assertThatThrownBy(() -> applicant.advance(NONE)).hasMessage("people.applicant.planRequiredToHire");
        applicant.assignTo(3L, 7L);
        assertThat(applicant.advance(NONE)).isEqualTo(Stage.HIRED);
        assertThat(applicant.getSiteId()).isEqualTo(7L);
    }

    @Test
    void nothingMovesOnceHiredOrRejected() {
        var rejected = applicant();
        rejected.reject("放弃应聘");
        assertThatThrownBy(() -> rejected.advance(NONE)).hasMessage("people.applicant.closed");
        assertThatThrownBy(() -> rejected.recordFacts(
                new Views.ApplicantFacts(180, null, null, null, null, null, java.util.Set.of()))).hasMessage("people.applicant.closed");
        var hired = at(Stage.HIRED);
        assertThatThrownBy(() -> hired.reject("迟到")).hasMessage("people.applicant.closed");
    }

    static Applicant applicant() {
        return new Applicant(1L, 7L, "邓志刚", ResidentId.of("440304198106151238"), "13800000000", 165,
                Education.SENIOR_HIGH, RecruitmentChannel.OTHER, LocalDate.of(2026, 11, 1));
    }

    private static Applicant at(Stage stage) {
        var applicant = applicant();
        while (applicant.getStage() != stage) {
            applicant.advance(NONE);
        }
        return applicant;
    }

}
