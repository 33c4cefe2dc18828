package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A trainee's exam score for a course, entered by a trainer or scored from the online exam; or a pass taken over
 * from the records kept before Garrison when a company moves in (its score unknown: the pass mark is recorded).
 */
@Entity
@Table(name = "ppl_exam_result")
public class ExamResult {

    public static final String PRIOR_RECORDS = "PRIOR_RECORDS";

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

    /** {@link #PRIOR_RECORDS} for a pass taken over when moving in; {@code null} for one recorded in Garrison. */
    private @Nullable String source;

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

    /** A pass of the course on the day, taken over from the records kept before Garrison (score: the pass mark). */
    public static ExamResult fromPriorRecords(Course course, long employeeId, LocalDate passedOn) {
        var result = new ExamResult(course, employeeId, course.getPassMark(), passedOn, false);
        result.source = PRIOR_RECORDS;
        return result;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("courseId", courseId);
        map.put("employeeId", employeeId);
        map.put("score", score);
        map.put("passed", passed);
        map.put("online", online);
        map.put("takenOn", takenOn);
        if (source != null) {
            map.put("source", source);
        }
        return map;
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

    /** Whether the pass was taken over from the records kept before Garrison (迁入前记录). */
    public boolean isPriorRecords() {
        return PRIOR_RECORDS.equals(source);
    }

}
