package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A trainee's exam score for a course, entered by a trainer or scored from the online exam. */
@Entity
@Table(name = "ppl_exam_result")
public class ExamResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;

    private long employeeId;

    private int score;

    private int maxScore;

    private boolean passed;

    private LocalDate takenOn;

    private boolean online;

    protected ExamResult() {
    }

    /** A result for a course; the course refuses a score outside 0 to its maximum. */
    public ExamResult(Course course, long employeeId, int score, LocalDate takenOn, boolean online) {
        this.passed = course.passes(score);
        this.courseId = course.getId();
        this.employeeId = employeeId;
        this.score = score;
        this.maxScore = course.getMaxScore();
        this.takenOn = takenOn;
        this.online = online;
    }

    public Map<String, Object> snapshot() {
        return Map.of("courseId", courseId, "employeeId", employeeId, "score", score, "passed", passed, "online", online);
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public int getScore() {
        return score;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public boolean isPassed() {
        return passed;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public boolean isOnline() {
        return online;
    }

}
