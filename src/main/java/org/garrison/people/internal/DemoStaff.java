package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.internal.Views.CertificateDetails;
import org.garrison.people.internal.Views.Contacts;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo courses and guards: each guard hired, licensed, trained and posted at a demo site. The skills exam
 * counts for 12 months: guards hired over a year ago passed this year's refresher, except one whose pass
 * has lapsed; another's lapses within days.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoStaff {

    private static final DataScope SYSTEM = DataScope.company(0);

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "朱",
            "胡", "郭", "林", "罗", "高", "梁", "宋" };

    private static final String[] GIVEN = { "建国", "志强", "海涛", "卫东", "晓明", "国栋", "文斌", "伟", "磊", "军", "勇", "涛",
            "鹏飞", "立新", "春生", "家豪", "宇航", "浩然", "俊杰", "永康", "振华", "明亮", "德胜", "子豪" };

    /** The guard whose yearly skills refresher is overdue, so the gate refuses them. */
    private static final int SKILLS_LAPSED = 20;

    /** The guard whose skills pass (a year ago) lapses in about a week: on the refreshers-due list. */
    private static final int SKILLS_LAPSING = 9;

    private static final List<String> SITES = List.of("S101", "S102", "S201", "S202");

    private final Employees employees;

    private final Training training;

    private final Roster roster;

    private final OrganisationManagement organisation;

    private final IdentityManagement identity;

    private final OnlineExams exams;

    private final Clock clock;

    DemoStaff(Employees employees, Training training, Roster roster, OrganisationManagement organisation, IdentityManagement identity,
            OnlineExams exams, Clock clock) {
        this.employees = employees;
        this.training = training;
        this.roster = roster;
        this.organisation = organisation;
        this.identity = identity;
        this.exams = exams;
        this.clock = clock;
    }

    void create() {
        LocalDate today = LocalDate.now(clock);
        var onboarding = training.createCourse("RZ-01", "新员工入职培训：企业文化、规章制度与职业道德", CourseKind.ONBOARDING, 100, 60,
                null);
        var skills = training.createCourse("JN-01", "保安专业技能：巡逻、安全检查与应急处置", CourseKind.SKILLS, 100, 70, 12);
        training.createCourse("FX-01", "年度复训：消防器材使用与应急疏散", CourseKind.REFRESHER, 100, 60, 12);
        questions(onboarding.getId());
        var session = training.planSession(onboarding.getId(), "培训部 赵军", today.minusMonths(2), "公司总部三楼培训室");
        training.planSession(skills.getId(), "培训部 赵军", today.minusMonths(2).plusDays(3), "第一大队训练场");
        int n = 0;
        for (int s = 0; s < SITES.size(); s++) {
            var siteId = siteByCode(SITES.get(s));
            long site = siteId.value();
            long branch = organisation.branchOf(siteId).orElseThrow().value();
            var posts = organisation.postsIn(SYSTEM).stream().filter(p -> p.site().equals(siteId)).toList();
            for (int i = 0; i < 15; i++, n++) {
                String name = n == 0 ? "何勇" : n == 1 ? "马超" : SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7) % GIVEN.length];
                var birth = today.minusYears(20 + (n * 3) % 24).minusDays(37L * n % 300);
                var hiredOn = today.minusMonths(3 + n % 30);
                var employee = employees.register(name, DemoResidentIds.of(n, birth, true),
                        "13" + (800000000 + n * 1234567 % 99999999), branch, hiredOn);
                employees.changeContacts(SYSTEM, employee.getId(), new Contacts(employee.getPhone(), "深圳市宝安区西乡街道员工宿舍",
                        SURNAMES[(n + 3) % SURNAMES.length] + "秀英", n % 2 == 0 ? "母亲" : "妻子", "1390755" + (1000 + n)));
                employees.changeStatus(SYSTEM, employee.getId(), EmployeeStatus.ACTIVE);
                employees.recordHeight(SYSTEM, employee.getId(), 170 + (n * 7) % 14);
                LocalDate expiry = n == 5 ? today.plusDays(12) : today.plusYears(2);
                employees.addCertificate(SYSTEM, employee.getId(), new CertificateDetails(CertificateKind.GUARD_LICENCE,
                        "粤保" + (20240000 + n * 13), hiredOn.minusMonths(6), expiry, true));
                var post = posts.get(i % posts.size());
                // the control room's three shifts a day need more holders of the certificate than the post's own guards:
                // most of the branch's guards can relieve it
                if (SITES.get(s).startsWith("S10") && (DemoCertificatePosts.CONTROL_ROOM.equals(post.name()) || i % 5 != 4)) {
                    employees.addCertificate(SYSTEM, employee.getId(), new CertificateDetails(CertificateKind.COMPUTER_SKILLS,
                            "NCRE-" + (20220000 + n * 7), hiredOn.minusYears(1), null, false));
                }
                training.recordScore(SYSTEM, onboarding.getId(), employee.getId(), 70 + n % 25, hiredOn.plusDays(3));
                training.recordScore(SYSTEM, skills.getId(), employee.getId(), 72 + n % 27, hiredOn.plusDays(8));
                if (n != SKILLS_LAPSED && n != SKILLS_LAPSING
                        && !skills.passCountsOn(hiredOn.plusDays(8), today.plusDays(60))) {
                    training.recordScore(SYSTEM, skills.getId(), employee.getId(), 75 + n % 20,
                            today.minusDays(30 + (n * 37L) % 200));
                }
                if (n % 10 == 3) {
                    long previous = siteByCode(SITES.get((s + 1) % SITES.size())).value();
                    roster.assign(SYSTEM, employee.getId(), previous, null, hiredOn.plusDays(14));
                    roster.assign(SYSTEM, employee.getId(), site, post.id().value(), today.minusWeeks(3));
                }
                else {
                    roster.assign(SYSTEM, employee.getId(), site, post.id().value(), hiredOn.plusDays(14));
                }
                if (n < 12) {
                    training.markAttendance(SYSTEM, session.getId(), employee.getId(), n != 7);
                }
                link(n, employee.getId());
            }
        }
    }

    private void link(int n, long employeeId) {
        String username = n == 0 ? "leader" : n == 1 ? "guard" : null;
        if (username != null) {
            identity.user(username).map(CurrentUser::id).ifPresent(user -> employees.linkUser(employeeId, user));
        }
    }

    private void questions(long courseId) {
        exams.addQuestion(courseId, "保安员上岗执勤时必须佩戴什么？", List.of("保安服务标志和工作证件", "私人饰品", "耳机", "墨镜"), "A");
        exams.addQuestion(courseId, "发现火情时首先应当怎么做？", List.of("继续巡逻", "立即报警并报告上级", "拍照发朋友圈", "等待交班"), "B");
        exams.addQuestion(courseId, "交接班时应当填写哪本记录簿？", List.of("查岗记录簿", "驻岗队员情况明细簿", "交接班记录簿", "访客登记簿"), "C");
        exams.addQuestion(courseId, "客户对服务提出意见时，保安员应当？", List.of("与客户争辩", "置之不理", "推给同事", "礼貌记录并及时上报"), "D");
    }

    private SiteId siteByCode(String code) {
        return organisation.siteByCode(code).orElseThrow();
    }

}
