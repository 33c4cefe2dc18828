package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.Views.ApplicantDetails;
import org.garrison.people.internal.Views.ApplicantFacts;
import org.garrison.people.internal.Views.PlanDetails;
import org.garrison.shared.DataScope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** Demo hiring plans and applicants in every stage of the pipeline, moved there through the pipeline. */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoApplicants {

    private static final DataScope SYSTEM = DataScope.company(0);

    private static final RecruitmentChannel[] CHANNELS = { RecruitmentChannel.REFERRAL, RecruitmentChannel.ONLINE,
            RecruitmentChannel.JOB_FAIR, RecruitmentChannel.REFERRAL, RecruitmentChannel.VETERANS, RecruitmentChannel.ONLINE,
            RecruitmentChannel.LABOUR_DISPATCH };

    private static final String[] NAMES = { "邓志刚", "谢文龙", "韩小军", "唐建华", "冯海波", "曾庆祥", "彭宇", "萧国强",
            "蔡明辉", "潘家乐", "田野", "董卫国", "袁俊", "于海洋", "余晓东", "叶志成" };

    private final Recruitment recruitment;

    private final HiringPlans plans;

    private final OrganisationManagement organisation;

    private final Clock clock;

    DemoApplicants(Recruitment recruitment, HiringPlans plans, OrganisationManagement organisation, Clock clock) {
        this.recruitment = recruitment;
        this.plans = plans;
        this.organisation = organisation;
        this.clock = clock;
    }

    void create() {
        LocalDate today = LocalDate.now(clock);
        long s101 = organisation.siteByCode("S101").orElseThrow().value();
        long s201 = organisation.siteByCode("S201").orElseThrow().value();
        var gate = gatePlan(s101, today);
        var patrol = recruitment.openPlan(SYSTEM, new PlanDetails(s201, null, "巡逻岗", 4, 175, "能适应夜班巡逻", today.plusWeeks(5)),
                null, null);
        Stage[] targets = { Stage.APPLIED, Stage.APPLIED, Stage.SCREENED, Stage.SCREENED, Stage.INTERVIEWED,
                Stage.INTERVIEWED, Stage.PHYSICAL_TEST, Stage.PHYSICAL_TEST, Stage.BACKGROUND_CHECK, Stage.BACKGROUND_CHECK,
                Stage.OFFER, Stage.OFFER, Stage.HIRED, Stage.REJECTED, Stage.REJECTED, Stage.BACKGROUND_CHECK };
        for (int i = 0; i < NAMES.length; i++) {
            long plan = i % 2 == 0 ? gate.getId() : patrol.getId();
            int height = i == 15 ? 166 : 172 + (i * 3) % 12 + (plan == patrol.getId() ? 4 : 0);
            var id = DemoResidentIds.of(100 + i, today.minusYears(19 + i).minusDays(40L * i), true);
            var applicant = recruitment.apply(SYSTEM, new ApplicantDetails(plan, NAMES[i], id.value(),
                    "1502233" + (4000 + i), height, i == 13 ? Education.PRIMARY : Education.SENIOR_HIGH,
                    CHANNELS[i % CHANNELS.length]));
            moveTo(applicant.getId(), targets[i], i);
        }
    }

    /**
     * The plan for 福田支行's 大门岗: the one the signed demo contract opened when it is there already (one open plan
     * per post), else one for that post, which the contract's listener then takes on; asked again when the
     * listener opened it at the same moment.
     */
    private HiringPlan gatePlan(long s101, LocalDate today) {
        long post = organisation.postsIn(SYSTEM)
            .stream()
            .filter(p -> p.site().value() == s101 && "大门岗".equals(p.name()))
            .findFirst()
            .orElseThrow()
            .id()
            .value();
        var details = new PlanDetails(s101, post, "大门岗", 3, null, "熟悉银行网点安保流程", today.plusWeeks(3));
        try {
            return plans.ensureOpen(details, null, null);
        }
        catch (DataAccessException ex) {
            return plans.ensureOpen(details, null, null);
        }
    }

    private void moveTo(long id, Stage target, int i) {
        if (target == Stage.REJECTED) {
            recruitment.reject(SYSTEM, id, i == 13 ? "文化程度不符合要求（小学）" : "面试表现欠佳，沟通能力不足");
            return;
        }
        boolean checked = target.ordinal() >= Stage.BACKGROUND_CHECK.ordinal();
        var applicant = recruitment.get(SYSTEM, id);
        Boolean clean = checked ? Boolean.FALSE : null;
        recruitment.recordFacts(SYSTEM, id, new ApplicantFacts(applicant.getHeightCm(), applicant.getEducation(),
                target.ordinal() >= Stage.PHYSICAL_TEST.ordinal() ? Boolean.TRUE : null, clean, clean, clean,
                i % 3 == 0 ? Set.of(CertificateKind.COMPUTER_SKILLS) : Set.of()));
        while (recruitment.get(SYSTEM, id).getStage() != target) {
            recruitment.advance(SYSTEM, id);
        }
    }

}
