package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.Views.ApplicantDetails;
import org.garrison.people.internal.Views.ApplicantFacts;
import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.people.internal.Views.PlanDetails;
import org.garrison.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Demo posts that require certificates (seed 002: 在限定岗位上会操作电脑, 根据甲方要求可以提供司机): 福田支行's 监控室
 * requires computer skills (the guards posted there hold them), 科技园 A 座's new 巡逻车岗 a driving licence; on each
 * plan one applicant who showed the certificate reaches the offer (or is hired, taking it onto the employee
 * record) and one who did not is held at the background check.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoCertificatePosts {

    private static final DataScope SYSTEM = DataScope.company(0);

    /** The post at 福田支行 whose demo guards hold computer skills and which requires them. */
    static final String CONTROL_ROOM = "监控室";

    private final Recruitment recruitment;

    private final HiringPlans plans;

    private final ApplicantCertificates certificates;

    private final PostRequirements requirements;

    private final OrganisationManagement organisation;

    private final Clock clock;

    DemoCertificatePosts(Recruitment recruitment, HiringPlans plans, ApplicantCertificates certificates,
            PostRequirements requirements, OrganisationManagement organisation, Clock clock) {
        this.recruitment = recruitment;
        this.plans = plans;
        this.certificates = certificates;
        this.requirements = requirements;
        this.organisation = organisation;
        this.clock = clock;
    }

    void create() {
        LocalDate today = LocalDate.now(clock);
        var s101 = organisation.siteByCode("S101").orElseThrow();
        var s201 = organisation.siteByCode("S201").orElseThrow();
        long controlRoom = organisation.postAt(s101, CONTROL_ROOM).value();
        long patrolCar = organisation.postAt(s201, "巡逻车岗").value();
        requirements.change(SYSTEM, controlRoom, Set.of(CertificateKind.COMPUTER_SKILLS));
        requirements.change(SYSTEM, patrolCar, Set.of(CertificateKind.DRIVING_LICENCE));
        var monitoring = ensureOpen(new PlanDetails(s101.value(), controlRoom, CONTROL_ROOM, 3, null, "熟悉监控系统操作",
                today.plusWeeks(3)));
        var driving = recruitment.openPlan(SYSTEM, new PlanDetails(s201.value(), patrolCar, "巡逻车岗", 2, 170,
                "持 C1 以上驾驶证，三年以上驾龄", today.plusWeeks(4)), null, null);
        applicant(monitoring.getId(), 0, "龙振宇", new CertificateDetails(CertificateKind.COMPUTER_SKILLS, "NCRE-2023-44031",
                today.minusYears(2), null, false), Stage.OFFER);
        applicant(monitoring.getId(), 1, "陆家明", null, Stage.BACKGROUND_CHECK);
        applicant(driving.getId(), 2, "孔德明", new CertificateDetails(CertificateKind.DRIVING_LICENCE, "440305198801126612",
                today.minusYears(8), today.plusYears(2), false), Stage.HIRED);
        applicant(driving.getId(), 3, "白海峰", null, Stage.BACKGROUND_CHECK);
    }

    /** The post's open plan, opened if none; asked again when the contract's listener opened it meanwhile. */
    private HiringPlan ensureOpen(PlanDetails details) {
        try {
            return plans.ensureOpen(details, null, null);
        }
        catch (DataAccessException ex) {
            return plans.ensureOpen(details, null, null);
        }
    }

    private void applicant(long planId, int i, String name, @Nullable CertificateDetails certificate, Stage target) {
        LocalDate today = LocalDate.now(clock);
        var id = DemoResidentIds.of(200 + i, today.minusYears(24 + 3 * i).minusDays(51L * i), true);
        var applicant = recruitment.apply(SYSTEM, new ApplicantDetails(planId, name, id.value(), "1367755" + (2000 + i),
                174 + i, Education.SENIOR_HIGH, RecruitmentChannel.ONLINE));
        recruitment.recordFacts(SYSTEM, applicant.getId(),
                new ApplicantFacts(174 + i, Education.SENIOR_HIGH, true, false, false, false, Set.of()));
        if (certificate != null) {
            certificates.record(SYSTEM, applicant.getId(), certificate);
        }
        while (recruitment.get(SYSTEM, applicant.getId()).getStage() != target) {
            recruitment.advance(SYSTEM, applicant.getId());
        }
    }

}
