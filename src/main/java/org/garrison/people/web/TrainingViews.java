package org.garrison.people.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.people.internal.Attendance;
import org.garrison.people.internal.Certificate;
import org.garrison.people.internal.Course;
import org.garrison.people.internal.ExamQuestion;
import org.garrison.people.internal.ExamResult;
import org.garrison.people.internal.HiringPlan;
import org.garrison.people.internal.TrainingSession;
import org.jspecify.annotations.Nullable;

/** Training, exams, certificates and hiring plans as the API shows them. */
final class TrainingViews {

    private TrainingViews() {
    }

    @Schema(name = "Course", description = "A training course with its exam's scoring")
    record CourseView(@Schema(example = "2") long id, @Schema(example = "XF-01") String code,
            @Schema(example = "消防安全基础") String title,
            @Schema(example = "SKILLS", allowableValues = { "ONBOARDING", "SKILLS", "REFRESHER" }) String kind,
            @Schema(example = "100") int maxScore, @Schema(example = "60") int passMark,
            @Schema(description = "Months a pass counts; absent: it never lapses", example = "12") @Nullable Integer validityMonths) {

        static CourseView of(Course c) {
            return new CourseView(c.getId(), c.getCode(), c.getTitle(), c.getKind().name(), c.getMaxScore(),
                    c.getPassMark(), c.getValidityMonths());
        }

    }

    @Schema(name = "TrainingSession", description = "A session of a course")
    record SessionView(@Schema(example = "14") long id, @Schema(example = "2") long courseId,
            @Schema(example = "刘教官") String trainer, @Schema(example = "2026-12-09") LocalDate heldOn,
            @Schema(example = "总部三楼培训室") String place) {

        static SessionView of(TrainingSession s) {
            return new SessionView(s.getId(), s.getCourseId(), s.getTrainer(), s.getHeldOn(), s.getPlace());
        }

    }

    @Schema(name = "Attendance", description = "A trainee marked present or absent at a session")
    record AttendanceView(@Schema(example = "14") long sessionId, @Schema(example = "57") long employeeId,
            @Schema(example = "true") boolean present) {

        static AttendanceView of(Attendance a) {
            return new AttendanceView(a.getSessionId(), a.getEmployeeId(), a.isPresent());
        }

    }

    @Schema(name = "ExamResult", description = "A score in a course's exam, entered or taken online")
    record ResultView(@Schema(example = "301") long id, @Schema(example = "2") long courseId,
            @Schema(example = "57") long employeeId, @Schema(example = "86") int score, @Schema(example = "100") int maxScore,
            @Schema(example = "true") boolean passed, @Schema(example = "2026-12-09") LocalDate takenOn,
            @Schema(description = "Taken on the phone (true) or entered by the trainer") boolean online,
            @Schema(description = "Taken over from the records kept before Garrison when moving in (迁入前记录); the "
                    + "score is then the course's pass mark, the real one is not known") boolean priorRecords) {

        static ResultView of(ExamResult r) {
            return new ResultView(r.getId(), r.getCourseId(), r.getEmployeeId(), r.getScore(), r.getMaxScore(),
                    r.isPassed(), r.getTakenOn(), r.isOnline(), r.isPriorRecords());
        }

    }

    @Schema(name = "ExamQuestion", description = "A multiple-choice question of a course's online exam")
    record QuestionView(@Schema(example = "33") long id, @Schema(example = "1") int position,
            @Schema(example = "发现火情首先应该做什么？") String question,
            @Schema(example = "[\"报警\", \"逃离\", \"拍照\", \"等待\"]") List<String> options,
            @Schema(description = "The right option (A–D); only for those who manage training", example = "A") @Nullable String correct) {

        static QuestionView of(ExamQuestion q, boolean withAnswer) {
            return new QuestionView(q.getId(), q.getPosition(), q.getQuestion(), q.options(),
                    withAnswer ? q.getCorrect() : null);
        }

    }

    @Schema(name = "Certificate", description = "An employee's certificate (保安员证, 消防证 …)")
    record CertificateView(@Schema(example = "90") long id, @Schema(example = "57") long employeeId,
            @Schema(example = "GUARD_LICENCE") String kind, @Schema(example = "沪保1234567") String number,
            @Schema(example = "2024-03-01") LocalDate issuedOn, @Schema(example = "2027-02-28") @Nullable LocalDate expiresOn,
            @Schema(description = "Needed for duty (the on-duty gate checks it)") boolean required,
            @Schema(description = "Expired and no longer counted") boolean lapsed) {

        static CertificateView of(Certificate c) {
            return new CertificateView(c.getId(), c.getEmployeeId(), c.getKind().name(), c.getCertNumber(),
                    c.getIssuedOn(), c.getExpiresOn(), c.isRequired(), c.isLapsed());
        }

    }

    @Schema(name = "HiringPlan", description = "A hiring plan (招聘计划) for a post of a site")
    record PlanView(@Schema(example = "6") long id, @Schema(example = "3") long siteId,
            @Schema(example = "11") @Nullable Long postId, @Schema(example = "东门岗") String postName,
            @Schema(example = "4") int headcount, @Schema(example = "170") @Nullable Integer minHeightCm,
            @Schema(example = "退伍军人优先") @Nullable String requirements, @Schema(example = "2027-01-15") LocalDate dueBy,
            @Schema(description = "The contract whose start-up made it", example = "HT-2026-0031") @Nullable String contractNumber,
            boolean open) {

        static PlanView of(HiringPlan p) {
            return new PlanView(p.getId(), p.getSiteId(), p.getPostId(), p.getPostName(), p.getHeadcount(),
                    p.getMinHeightCm(), p.getRequirements(), p.getDueBy(), p.getContractNumber(), p.isOpen());
        }

    }

}
