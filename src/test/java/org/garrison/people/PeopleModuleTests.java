package org.garrison.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.garrison.contracts.ContractId;
import org.garrison.contracts.ContractSigned;
import org.garrison.contracts.StaffingNeed;
import org.garrison.contracts.StartUpTaskId;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.DutyClearance.Refusal;
import org.garrison.identity.IdentityManagement;
import org.garrison.people.internal.ApplicantCertificates;
import org.garrison.people.internal.CertificateKind;
import org.garrison.people.internal.CertificateSweep;
import org.garrison.people.internal.Course;
import org.garrison.people.internal.CourseKind;
import org.garrison.people.internal.Education;
import org.garrison.people.internal.Employee;
import org.garrison.people.internal.EmployeeAccounts;
import org.garrison.people.internal.Employees;
import org.garrison.people.internal.HiringPlan;
import org.garrison.people.internal.HiringPlans;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.PostRequirements;
import org.garrison.people.internal.Recruitment;
import org.garrison.people.internal.RecruitmentChannel;
import org.garrison.people.internal.Roster;
import org.garrison.people.internal.Stage;
import org.garrison.people.internal.Training;
import org.garrison.people.internal.Views.ApplicantDetails;
import org.garrison.people.internal.Views.ApplicantFacts;
import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.people.internal.Views.PlanDetails;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PostId;
import org.garrison.shared.ResidentIds;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.garrison.testsupport.ModuleTestBeans;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The people module with its dependencies: the on-duty gate lets only a guard who passed the onboarding
 * and skills exams and holds a valid guard licence be posted, and says why not; a signed contract opens
 * hiring plans, which close once their headcount is hired; an expired required certificate takes a guard off duty;
 * a skills pass older than the course's validity no longer clears the guard.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestBeans.class)
class PeopleModuleTests {

    private static final DataScope COMPANY = DataScope.company(0);

    @Autowired
    PeopleManagement people;

    @Autowired
    Employees employees;

    @Autowired
    Training training;

    @Autowired
    Roster roster;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    PeopleQueries queries;

    @Autowired
    CertificateSweep sweep;

    @Autowired
    Recruitment recruitment;

    @Autowired
    PostRequirements postRequirements;

    @Autowired
    HiringPlans hiringPlans;

    @Autowired
    ApplicantCertificates applicantCertificates;

    @Autowired
    EmployeeAccounts accounts;

    @Autowired
    IdentityManagement identity;

    @MockitoBean
    AuthenticationManager authenticationManager;

    private final LocalDate today = LocalDate.now(TestClock.ZONE);

    private Course onboarding;

    private Course skills;

    private long site;

    private long post;

    @BeforeEach
    void courses() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        onboarding = training.createCourse("RZ-" + suffix, "入职培训", CourseKind.ONBOARDING, 100, 60, null);
        skills = training.createCourse("JN-" + suffix, "技能培训", CourseKind.SKILLS, 100, 70, null);
        site = siteByCode("S102");
        post = postsOf(site).get(0);
    }

    @Test
    void aNewEmployeeIsRefusedAtTheGateWithEveryReason() {
        var employee = newEmployee();

        var clearance = people.clearance(id(employee), today);

        assertThat(clearance.cleared()).isFalse();
        assertThat(clearance.refusals()).extracting(Refusal::messageKey)
            .containsExactly("people.gate.onboardingExam", "people.gate.skillsExam", "people.gate.noGuardLicence");
        assertThatThrownBy(() -> people.assignToPost(opsUser(), id(employee), new SiteId(site), new PostId(post), today))
            .isInstanceOf(DomainException.class)
            .hasMessage("people.gate.onboardingExam");
        assertThat(roster.history(employee.getId())).isEmpty();
    }

    @Test
    void aFailedSkillsExamOrAnExpiredLicenceStillKeepsTheGuardOffDuty() {
        var employee = newEmployee();
        training.recordScore(COMPANY, onboarding.getId(), employee.getId(), 80, today);
        training.recordScore(COMPANY, skills.getId(), employee.getId(), 69, today);
        employees.addCertificate(COMPANY, employee.getId(), new CertificateDetails(CertificateKind.GUARD_LICENCE, "粤保-旧",
                today.minusYears(3), today.minusDays(1), true));

        assertThat(people.clearance(id(employee), today).refusals()).extracting(Refusal::messageKey)
            .containsExactly("people.gate.skillsExam", "people.gate.guardLicenceExpired");
    }

    @Test
    void aGuardWhoseYearlySkillsRefresherLapsedIsRefusedUntilTheyPassItAgain() {
        var employee = clearedEmployee();
        skills = training.changeValidity(skills.getId(), 12);
        var lastYear = today.minusMonths(12);
        training.recordScore(COMPANY, skills.getId(), employee.getId(), 95, lastYear);
        var fresh = newEmployee();
        training.recordScore(COMPANY, onboarding.getId(), fresh.getId(), 60, lastYear);
        training.recordScore(COMPANY, skills.getId(), fresh.getId(), 90, lastYear);
        employees.addCertificate(COMPANY, fresh.getId(), new CertificateDetails(CertificateKind.GUARD_LICENCE,
                "粤保-" + fresh.getId(), today.minusYears(1), null, true));

        var clearance = people.clearance(id(fresh), today);

        assertThat(clearance.refusals()).containsExactly(
                new Refusal("people.gate.trainingLapsed", List.of("技能培训", skills.lapsesOn(lastYear).toString())));
        assertThat(people.clearance(id(fresh), skills.lapsesOn(lastYear).minusDays(1)).cleared()).as("the day before it lapsed").isTrue();
        assertThatThrownBy(() -> people.assignToPost(opsUser(), id(fresh), new SiteId(site), new PostId(post), today))
            .isInstanceOf(DomainException.class)
            .hasMessage("people.gate.trainingLapsed");
        assertThat(people.clearance(id(employee), today).cleared()).as("passed again this year").isTrue();

        training.recordScore(COMPANY, skills.getId(), fresh.getId(), 88, today);
        people.assignToPost(opsUser(), id(fresh), new SiteId(site), new PostId(post), today);
        assertThat(roster.current(COMPANY, site)).anyMatch(a -> a.getEmployeeId() == fresh.getId());
    }

    @Test
    void aGuardWhoPassedBothExamsAndHoldsAValidLicenceIsPostedAndMovesAreKept() {
        var employee = clearedEmployee();
        assertThat(people.clearance(id(employee), today).cleared()).isTrue();

        people.assignToPost(opsUser(), id(employee), new SiteId(site), new PostId(post), today.minusDays(10));
        long otherSite = siteByCode("S101");
        people.assignToPost(opsUser(), id(employee), new SiteId(otherSite), null, today);

        assertThat(roster.current(COMPANY, otherSite)).anyMatch(a -> a.getEmployeeId() == employee.getId());
        assertThat(roster.history(employee.getId())).hasSize(2)
            .satisfies(history -> assertThat(history.get(1).getUntil()).isEqualTo(today));
        assertThat(employees.get(COMPANY, employee.getId()).getSiteId()).isEqualTo(otherSite);
    }

    @Test
    void aUsersPostOnADayIsThePostTheirEmployeeRecordWasPostedAtThatDay() {
        var employee = clearedEmployee();
        long user = ThreadLocalRandom.current().nextLong(10_000_000, 90_000_000);
        employees.linkUser(employee.getId(), user);
        var posts = postsOf(site);
        long other = posts.get(1);

        people.assignToPost(opsUser(), id(employee), new SiteId(site), new PostId(post), today.minusDays(10));
        people.assignToPost(opsUser(), id(employee), new SiteId(site), new PostId(other), today);

        assertThat(people.postOfUser(new UserId(user), today.minusDays(11))).as("before the first posting").isEmpty();
        assertThat(people.postOfUser(new UserId(user), today.minusDays(10))).contains(new PostId(post));
        assertThat(people.postOfUser(new UserId(user), today.minusDays(1))).contains(new PostId(post));
        assertThat(people.postOfUser(new UserId(user), today)).as("moved that day").contains(new PostId(other));
        assertThat(people.postOfUser(new UserId(user + 1), today)).as("no employee record").isEmpty();

        people.assignToPost(opsUser(), id(employee), new SiteId(site), null, today.plusDays(1));
        assertThat(people.postOfUser(new UserId(user), today.plusDays(1))).as("posted at the site, at no post").isEmpty();
    }

    @Test
    void aSiteUserCannotPostAGuardAtAnotherBranchsSite() {
        var employee = clearedEmployee();
        var leader = TestPrincipals.principal(ScopeLevel.SITE, siteByCode("S101"), PeoplePermissions.ROSTER_MANAGE);
        assertThatThrownBy(() -> people.assignToPost(leader, id(employee), new SiteId(siteByCode("S201")), null, today))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSignedContractOpensOneHiringPlanPerStaffingNeed(Scenario scenario) {
        long task = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        var need = new StaffingNeed(new StartUpTaskId(task), new SiteId(site), new PostId(newPost("大堂岗")), "大堂岗", 3, 178, "熟悉银行网点安保流程",
                today.plusWeeks(4));
        var signed = new ContractSigned(new ContractId(task), "HT-" + task, new ClientId(1), today, today.plusYears(1),
                List.of(need), Instant.now());

        scenario.publish(signed)
            .andWaitForStateChange(() -> queries.plans(COMPANY).stream().filter(p -> Long.valueOf(task).equals(p.getStartUpTaskId())).toList(),
                    plans -> !plans.isEmpty())
            .andVerify(plans -> {
                assertThat(plans).hasSize(1);
                assertThat(plans.get(0).getHeadcount()).isEqualTo(3);
                assertThat(plans.get(0).getMinHeightCm()).isEqualTo(178);
                assertThat(plans.get(0).getContractNumber()).isEqualTo("HT-" + task);
            });
    }

    @Test
    void aHiringPlanClosesOnceItsHeadcountIsHired() {
        var plan = recruitment.openPlan(COMPANY, new PlanDetails(site, newPost("大堂岗"), "大堂岗", 1, null, null, today.plusWeeks(2)),
                null, null);
        var applicant = recruitment.apply(COMPANY, new ApplicantDetails(plan.getId(), "计划测试", newResidentId(), "13900000001",
                180, Education.SENIOR_HIGH, RecruitmentChannel.ONLINE));
        recruitment.recordFacts(COMPANY, applicant.getId(),
                new ApplicantFacts(180, Education.SENIOR_HIGH, true, false, false, false, Set.of()));
        while (recruitment.get(COMPANY, applicant.getId()).getStage() != Stage.HIRED) {
            recruitment.advance(COMPANY, applicant.getId());
        }
        assertThat(queries.plans(COMPANY)).filteredOn(p -> p.getId().equals(plan.getId())).singleElement()
            .satisfies(p -> assertThat(p.isOpen()).isFalse());
        assertThat(recruitment.get(COMPANY, applicant.getId()).getEmployeeId()).isNotNull();
    }

    @Test
    void anExpiredRequiredCertificateTakesTheGuardOffDuty(Scenario scenario) {
        var employee = clearedEmployee();
        people.assignToPost(opsUser(), id(employee), new SiteId(site), new PostId(post), today.minusDays(3));
        employees.addCertificate(COMPANY, employee.getId(), new CertificateDetails(CertificateKind.FIRE_SAFETY, "XF-" + employee.getId(),
                today.minusYears(1), today.plusDays(2), true));

        scenario.stimulate(() -> sweep.sweep(today.plusDays(3)))
            .andWaitForEventOfType(GuardTakenOffDuty.class)
            .matching(off -> off.employee().value() == employee.getId())
            .toArriveAndVerify(off -> assertThat(off.site().value()).isEqualTo(site));

        assertThat(roster.current(COMPANY, site)).noneMatch(a -> a.getEmployeeId() == employee.getId());
        assertThat(people.clearance(id(employee), today.plusDays(3)).refusals()).extracting(Refusal::messageKey)
            .containsExactly("people.gate.certificateExpired");
    }

    @Test
    void aPostThatRequiresADrivingLicenceTakesOnlyAGuardHoldingAValidOne() {
        long driverPost = newPost("驾驶员岗");
        postRequirements.change(COMPANY, driverPost, Set.of(CertificateKind.DRIVING_LICENCE));
        var employee = clearedEmployee();
        assertThat(people.clearance(id(employee), today).cleared()).as("not posted: the post asks nothing yet").isTrue();
        assertThatThrownBy(() -> people.assignToPost(opsUser(), id(employee), new SiteId(site), new PostId(driverPost), today))
            .hasMessage("people.gate.postRequires.DRIVING_LICENCE");

        employees.addCertificate(COMPANY, employee.getId(), new CertificateDetails(CertificateKind.DRIVING_LICENCE,
                "粤B-OLD-" + employee.getId(), today.minusYears(6), today.minusDays(1), false));
        assertThatThrownBy(() -> people.assignToPost(opsUser(), id(employee), new SiteId(site), new PostId(driverPost), today))
            .as("an expired licence does not count")
            .hasMessage("people.gate.postRequires.DRIVING_LICENCE");

        employees.addCertificate(COMPANY, employee.getId(), new CertificateDetails(CertificateKind.DRIVING_LICENCE,
                "粤B-" + employee.getId(), today.minusYears(1), today.plusYears(5), false));
        people.assignToPost(opsUser(), id(employee), new SiteId(site), new PostId(driverPost), today);
        assertThat(people.clearance(id(employee), today).cleared()).isTrue();

        postRequirements.change(COMPANY, driverPost, Set.of(CertificateKind.DRIVING_LICENCE, CertificateKind.COMPUTER_SKILLS));
        assertThat(people.clearance(id(employee), today).refusals()).as("the gate checks the post the guard holds")
            .extracting(Refusal::messageKey)
            .containsExactly("people.gate.postRequires.COMPUTER_SKILLS");
    }

    @Test
    void anApplicantForAPostThatRequiresACertificateReachesTheOfferOnlyHavingShownIt() {
        long driverPost = newPost("驾驶员岗");
        postRequirements.change(COMPANY, driverPost, Set.of(CertificateKind.DRIVING_LICENCE));
        var plan = recruitment.openPlan(COMPANY, new PlanDetails(site, driverPost, "司机岗", 1, null, null, today.plusWeeks(2)),
                null, null);
        var applicant = recruitment.apply(COMPANY, new ApplicantDetails(plan.getId(), "司机应聘", newResidentId(), "13900000002",
                180, Education.SENIOR_HIGH, RecruitmentChannel.VETERANS));
        recruitment.recordFacts(COMPANY, applicant.getId(),
                new ApplicantFacts(180, Education.SENIOR_HIGH, true, false, false, false, Set.of(CertificateKind.FIRST_AID)));
        while (recruitment.get(COMPANY, applicant.getId()).getStage() != Stage.BACKGROUND_CHECK) {
            recruitment.advance(COMPANY, applicant.getId());
        }
        assertThatThrownBy(() -> recruitment.advance(COMPANY, applicant.getId())).hasMessage("people.rule.certificateMissing");

        recruitment.recordFacts(COMPANY, applicant.getId(), new ApplicantFacts(180, Education.SENIOR_HIGH, true, false, false,
                false, Set.of(CertificateKind.DRIVING_LICENCE)));
        assertThat(recruitment.advance(COMPANY, applicant.getId())).isEqualTo(Stage.OFFER);
        assertThat(recruitment.get(COMPANY, applicant.getId()).getChannel()).isEqualTo(RecruitmentChannel.VETERANS);
    }

    @Test
    void anApplicantSentToReEducationIsRefusedTheOfferAndOneNotYetCheckedToo() {
        var plan = recruitment.openPlan(COMPANY, new PlanDetails(site, null, "大门岗", 2, null, null, today.plusWeeks(2)), null,
                null);
        var applicant = recruitment.apply(COMPANY, new ApplicantDetails(plan.getId(), "背景应聘", newResidentId(), "13900000003",
                180, Education.SENIOR_HIGH, RecruitmentChannel.JOB_FAIR));
        recruitment.recordFacts(COMPANY, applicant.getId(),
                new ApplicantFacts(180, Education.SENIOR_HIGH, true, false, false, null, Set.of()));
        while (recruitment.get(COMPANY, applicant.getId()).getStage() != Stage.BACKGROUND_CHECK) {
            recruitment.advance(COMPANY, applicant.getId());
        }
        assertThatThrownBy(() -> recruitment.advance(COMPANY, applicant.getId())).hasMessage("people.rule.backgroundUnchecked");
        recruitment.recordFacts(COMPANY, applicant.getId(),
                new ApplicantFacts(180, Education.SENIOR_HIGH, true, false, false, true, Set.of()));
        assertThatThrownBy(() -> recruitment.advance(COMPANY, applicant.getId())).hasMessage("people.rule.reEducation");
        recruitment.recordFacts(COMPANY, applicant.getId(),
                new ApplicantFacts(180, Education.SENIOR_HIGH, true, false, false, false, Set.of()));
        assertThat(recruitment.advance(COMPANY, applicant.getId())).isEqualTo(Stage.OFFER);
    }

    @Test
    void aPostsRequirementsAreReadAndChangedOnlyWithinTheUsersScope() {
        long driverPost = newPost("驾驶员岗");
        var otherSite = new DataScope(ScopeLevel.SITE, siteByCode("S201"), 0);
        assertThatThrownBy(() -> postRequirements.change(otherSite, driverPost, Set.of(CertificateKind.DRIVING_LICENCE)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> postRequirements.get(otherSite, driverPost)).isInstanceOf(NotFoundException.class);
        var ownSite = new DataScope(ScopeLevel.SITE, site, 0);
        postRequirements.change(ownSite, driverPost, Set.of(CertificateKind.DRIVING_LICENCE));
        assertThat(postRequirements.get(COMPANY, driverPost).certificates()).containsExactly(CertificateKind.DRIVING_LICENCE);
        assertThat(postRequirements.inScope(ownSite)).anyMatch(p -> p.post().id().value() == driverPost
                && p.certificates().equals(Set.of(CertificateKind.DRIVING_LICENCE)));
        assertThat(postRequirements.inScope(otherSite)).noneMatch(p -> p.post().id().value() == driverPost);
        postRequirements.change(COMPANY, driverPost, Set.of());
        assertThat(postRequirements.of(driverPost)).isEmpty();
    }

    @Test
    void applicantsAreCountedPerChannelWithinTheScope() {
        var plan = recruitment.openPlan(COMPANY, new PlanDetails(site, null, "巡逻岗", 1, null, null, today.plusWeeks(2)), null,
                null);
        var ownSite = new DataScope(ScopeLevel.SITE, site, 0);
        long before = dispatched(ownSite);
        long elsewhere = dispatched(new DataScope(ScopeLevel.SITE, siteByCode("S201"), 0));
        recruitment.apply(COMPANY, new ApplicantDetails(plan.getId(), "派遣应聘", newResidentId(), "13900000004", 180,
                Education.SENIOR_HIGH, RecruitmentChannel.LABOUR_DISPATCH));
        assertThat(dispatched(ownSite)).isEqualTo(before + 1);
        assertThat(dispatched(new DataScope(ScopeLevel.SITE, siteByCode("S201"), 0))).isEqualTo(elsewhere);
        assertThat(queries.channelCounts(ownSite)).extracting(PeopleQueries.ChannelCount::channel)
            .containsExactly(RecruitmentChannel.values());
    }

    @Test
    void theCertificatesAnApplicantShowedBecomeTheNewEmployeesCertificatesOnce() {
        long driverPost = newPost("巡逻车岗");
        postRequirements.change(COMPANY, driverPost, Set.of(CertificateKind.DRIVING_LICENCE));
        var plan = recruitment.openPlan(COMPANY, new PlanDetails(site, driverPost, "巡逻车岗", 2, null, null, today.plusWeeks(2)),
                null, null);
        var applicant = recruitment.apply(COMPANY, new ApplicantDetails(plan.getId(), "持证应聘", newResidentId(), "13900000005",
                180, Education.SENIOR_HIGH, RecruitmentChannel.REFERRAL));
        recruitment.recordFacts(COMPANY, applicant.getId(),
                new ApplicantFacts(180, Education.SENIOR_HIGH, true, false, false, false, Set.of()));
        String number = "粤B-" + applicant.getId();
        var licence = new CertificateDetails(CertificateKind.DRIVING_LICENCE, " " + number + " ", today.minusYears(4),
                today.plusYears(2), false);
        applicantCertificates.record(COMPANY, applicant.getId(), licence);
        assertThat(recruitment.get(COMPANY, applicant.getId()).getCertificateKinds()).as("counts as shown for the post")
            .containsExactly(CertificateKind.DRIVING_LICENCE);
        assertThatThrownBy(() -> applicantCertificates.record(COMPANY, applicant.getId(), licence))
            .hasMessage("people.certificate.recordedAlready");
        assertThatThrownBy(() -> applicantCertificates.record(COMPANY, applicant.getId(), new CertificateDetails(
                CertificateKind.FIRST_AID, "JJ-1", today, today.minusDays(1), false)))
            .hasMessage("people.certificate.expiryBeforeIssue");
        assertThatThrownBy(() -> applicantCertificates.of(new DataScope(ScopeLevel.SITE, siteByCode("S201"), 0), applicant.getId()))
            .isInstanceOf(NotFoundException.class);

        while (recruitment.get(COMPANY, applicant.getId()).getStage() != Stage.HIRED) {
            recruitment.advance(COMPANY, applicant.getId());
        }

        long employee = recruitment.get(COMPANY, applicant.getId()).getEmployeeId();
        assertThat(employees.certificates(employee)).singleElement().satisfies(c -> {
            assertThat(c.getKind()).isEqualTo(CertificateKind.DRIVING_LICENCE);
            assertThat(c.getCertNumber()).isEqualTo(number);
            assertThat(c.getIssuedOn()).isEqualTo(today.minusYears(4));
            assertThat(c.getExpiresOn()).isEqualTo(today.plusYears(2));
            assertThat(c.isRequired()).isFalse();
        });
        training.recordScore(COMPANY, onboarding.getId(), employee, 80, today);
        training.recordScore(COMPANY, skills.getId(), employee, 85, today);
        employees.addCertificate(COMPANY, employee, new CertificateDetails(CertificateKind.GUARD_LICENCE, "粤保-" + employee,
                today.minusYears(1), null, true));
        people.assignToPost(opsUser(), new EmployeeId(employee), new SiteId(site), new PostId(driverPost), today);
        assertThat(people.clearance(new EmployeeId(employee), today).cleared()).as("the licence taken over counts at the gate")
            .isTrue();
        assertThatThrownBy(() -> applicantCertificates.record(COMPANY, applicant.getId(), new CertificateDetails(
                CertificateKind.FIRST_AID, "JJ-2", today.minusYears(1), null, false)))
            .as("a hired applicant takes no more certificates")
            .hasMessage("people.applicant.closed");
    }

    @Test
    void aLinkedGuardsDataScopeFollowsTheirPostingAndNoLongerReachesTheOldSite() {
        var employee = clearedEmployee();
        String username = "g" + employee.getId() + "x" + ThreadLocalRandom.current().nextInt(1000, 9999);
        accounts.createAccount(COMPANY, employee.getId(), username, "Xunluo-2026-Anquan!");
        assertThat(scopeOf(username)).isEqualTo(new DataScope(ScopeLevel.OWN, null, scopeOf(username).userId()));
        long first = siteByCode("S101");

        people.assignToPost(opsUser(), id(employee), new SiteId(first), null, today.minusDays(5));
        var atFirst = scopeOf(username);
        assertThat(atFirst.level()).isEqualTo(ScopeLevel.OWN);
        assertThat(atFirst.refId()).isEqualTo(first);
        organisation.requireSite(atFirst, new SiteId(first));

        people.assignToPost(opsUser(), id(employee), new SiteId(site), new PostId(post), today);
        var moved = scopeOf(username);
        assertThat(moved.refId()).as("transferred").isEqualTo(site);
        organisation.requireSite(moved, new SiteId(site));
        assertThatThrownBy(() -> organisation.requireSite(moved, new SiteId(first))).as("the old site")
            .isInstanceOf(NotFoundException.class);

        roster.release(COMPANY, employee.getId());
        assertThat(scopeOf(username).refId()).as("posted nowhere: own records only").isNull();
        assertThat(scopeOf("admin").level()).as("other users keep theirs").isEqualTo(ScopeLevel.COMPANY);
    }

    @Test
    void anAccountLinkedLaterTakesTheEmployeesSiteAndACompanyWideAccountKeepsItsScope() {
        var employee = clearedEmployee();
        people.assignToPost(opsUser(), id(employee), new SiteId(site), null, today);
        String username = "h" + employee.getId() + "y" + ThreadLocalRandom.current().nextInt(1000, 9999);
        var guard = identity.createGuardUser(username, "后补账号", null, "Xunluo-2026-Anquan!", null);
        accounts.linkAccount(COMPANY, employee.getId(), username);
        assertThat(scopeOf(username).refId()).isEqualTo(site);
        assertThat(guard).isNotNull();

        var other = clearedEmployee();
        employees.linkUser(other.getId(), scopeOf("admin").userId());
        people.assignToPost(opsUser(), id(other), new SiteId(site), null, today);
        assertThat(scopeOf("admin").level()).isEqualTo(ScopeLevel.COMPANY);
        employees.unlinkUser(scopeOf("admin").userId());
    }

    @Test
    void aPostHasOneOpenPlanAndAContractTakesOnTheOneOpenedBeforeIt(Scenario scenario) {
        long gate = newPost("大门岗");
        var mine = recruitment.openPlan(COMPANY, new PlanDetails(site, gate, "大门岗", 1, null, null, today.plusWeeks(2)), null,
                null);
        assertThatThrownBy(() -> recruitment.openPlan(COMPANY, new PlanDetails(site, gate, "大门岗", 2, null, null,
                today.plusWeeks(3)), null, null))
            .hasMessage("people.plan.alreadyOpen");
        long task = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        var need = new StaffingNeed(new StartUpTaskId(task), new SiteId(site), new PostId(gate), "大门岗", 3, 175, null,
                today.plusWeeks(4));
        var signed = new ContractSigned(new ContractId(task), "HT-" + task, new ClientId(1), today, today.plusYears(1),
                List.of(need), Instant.now());

        scenario.publish(signed)
            .andWaitForStateChange(() -> openPlansOf(gate), plans -> plans.stream().anyMatch(p -> p.getStartUpTaskId() != null))
            .andVerify(plans -> assertThat(plans).singleElement().satisfies(p -> {
                assertThat(p.getId()).isEqualTo(mine.getId());
                assertThat(p.getStartUpTaskId()).isEqualTo(task);
                assertThat(p.getContractNumber()).isEqualTo("HT-" + task);
                assertThat(p.getHeadcount()).as("raised to the need").isEqualTo(3);
            }));
    }

    @Test
    void twoOpeningTheSamePostsPlanAtOnceMakeOnePlan() throws Exception {
        long post = newPost("监控室");
        var details = new PlanDetails(site, post, "监控室", 2, null, null, today.plusWeeks(2));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var opened = List.of(1L, 2L).stream().map(task -> pool.submit(() -> {
                start.await();
                try {
                    return hiringPlans.ensureOpen(details, task, "HT-" + task).getId();
                }
                catch (DataAccessException ex) {
                    return hiringPlans.ensureOpen(details, task, "HT-" + task).getId();
                }
            })).toList();
            start.countDown();
            assertThat(opened.get(0).get()).isEqualTo(opened.get(1).get());
        }
        finally {
            pool.shutdown();
        }
        assertThat(openPlansOf(post)).hasSize(1);
        assertThat(hiringPlans.openFor(site, post)).map(HiringPlan::getId).contains(openPlansOf(post).get(0).getId());
    }

    private List<HiringPlan> openPlansOf(long postId) {
        return queries.plans(COMPANY).stream().filter(p -> p.isOpen() && Long.valueOf(postId).equals(p.getPostId())).toList();
    }

    private DataScope scopeOf(String username) {
        return identity.user(username).orElseThrow().scope();
    }

    private long dispatched(DataScope scope) {
        return queries.channelCounts(scope)
            .stream()
            .filter(c -> c.channel() == RecruitmentChannel.LABOUR_DISPATCH)
            .findFirst()
            .orElseThrow()
            .applicants();
    }

    /** A new post at the test site, named to sort after the demo posts (tests take a site's first post). */
    private long newPost(String name) {
        return organisation.postAt(new SiteId(site), name + "-" + UUID.randomUUID().toString().substring(0, 6)).value();
    }

    private Employee clearedEmployee() {
        var employee = newEmployee();
        training.recordScore(COMPANY, onboarding.getId(), employee.getId(), 60, today);
        training.recordScore(COMPANY, skills.getId(), employee.getId(), 90, today);
        employees.addCertificate(COMPANY, employee.getId(), new CertificateDetails(CertificateKind.GUARD_LICENCE,
                "粤保-" + employee.getId(), today.minusYears(1), null, true));
        return employee;
    }

    private long siteByCode(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    /** The ids of the site's active posts, by name. */
    private List<Long> postsOf(long siteId) {
        return organisation.postsIn(COMPANY).stream().filter(p -> p.site().value() == siteId).map(p -> p.id().value()).toList();
    }

    private Employee newEmployee() {
        return employees.register(COMPANY, "测试队员", newResidentId(), "13900000000",
                organisation.branchOf(new SiteId(site)).orElseThrow().value(),
                today.minusMonths(1));
    }

    private static String newResidentId() {
        var birth = LocalDate.of(1985, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
        String first17 = "440303" + birth.toString().replace("-", "") + (100 + ThreadLocalRandom.current().nextInt(800));
        return first17 + ResidentIds.checkCharacter(first17);
    }

    private static EmployeeId id(Employee employee) {
        return new EmployeeId(employee.getId());
    }

    private static TestPrincipals.Principal opsUser() {
        return TestPrincipals.principal(ScopeLevel.COMPANY, null, PeoplePermissions.ROSTER_MANAGE);
    }

}
