package org.garrison.people.internal;

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

/** A training course with its exam: the highest score and the pass mark. */
@Entity
@Table(name = "ppl_course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String title;

    @Enumerated(EnumType.STRING)
    private CourseKind kind;

    private int maxScore;

    private int passMark;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String code, String title, CourseKind kind, int maxScore, int passMark) {
        if (maxScore < 1 || passMark < 0 || passMark > maxScore) {
            throw new DomainException("people.course.passMarkInvalid");
        }
        this.code = code;
        this.title = title;
        this.kind = kind;
        this.maxScore = maxScore;
        this.passMark = passMark;
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

}
