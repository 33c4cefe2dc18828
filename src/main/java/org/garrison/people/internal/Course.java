package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A training course with its exam: the highest score, the pass mark and, if a pass lapses (annual
 * refresher, 复训), for how many months a pass counts.
 */
@Entity
@Table(name = "ppl_course")
public class Course {

    public static final int MAX_VALIDITY_MONTHS = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String title;

    @Enumerated(EnumType.STRING)
    private CourseKind kind;

    private int maxScore;

    private int passMark;

    private @Nullable Integer validityMonths;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String code, String title, CourseKind kind, int maxScore, int passMark,
            @Nullable Integer validityMonths) {
        if (maxScore < 1 || passMark < 0 || passMark > maxScore) {
            throw new DomainException("people.course.passMarkInvalid");
        }
        this.code = code;
        this.title = title;
        this.kind = kind;
        this.maxScore = maxScore;
        this.passMark = passMark;
        changeValidity(validityMonths);
    }

    /** Sets how many months a pass counts (1 to 120), or {@code null} for a pass that never lapses. */
    public void changeValidity(@Nullable Integer months) {
        if (months != null && (months < 1 || months > MAX_VALIDITY_MONTHS)) {
            throw new DomainException("people.course.validityInvalid", months, MAX_VALIDITY_MONTHS);
        }
        this.validityMonths = months;
    }

    /**
     * The first day a pass taken on a day no longer counts: the same day of the month, validity months
     * later (a pass on 2026-01-31 valid 1 month lapses on 2026-02-28); {@code null} when it never lapses.
     */
    public @Nullable LocalDate lapsesOn(LocalDate passedOn) {
        return validityMonths == null ? null : passedOn.plusMonths(validityMonths);
    }

    /** Whether a pass taken on a day still counts on another day. */
    public boolean passCountsOn(LocalDate passedOn, LocalDate day) {
        LocalDate lapse = lapsesOn(passedOn);
        return lapse == null || day.isBefore(lapse);
    }

    /** Whether a score passes; refuses a score outside 0 to the maximum. */
    public boolean passes(int score) {
        if (score < 0 || score > maxScore) {
            throw new DomainException("people.exam.scoreRange", score, maxScore);
        }
        return score >= passMark;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("code", code);
        map.put("title", title);
        map.put("kind", kind);
        map.put("maxScore", maxScore);
        map.put("passMark", passMark);
        map.put("validityMonths", validityMonths);
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public CourseKind getKind() {
        return kind;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public int getPassMark() {
        return passMark;
    }

    public @Nullable Integer getValidityMonths() {
        return validityMonths;
    }

}
