package org.garrison.duty.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A supervision report (监督报告) on a plan for part of its period: what was found and done, and the post-check book's
 * figures for that period as they stood when it was submitted.
 */
@Entity
@Table(name = "du_supervision_report")
public class SupervisionReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;

    private LocalDate firstDay;

    private LocalDate lastDay;

    private String results;

    private @Nullable String problems;

    private @Nullable String improvements;

    private int checksPlanned;

    private int checksDone;

    private int checksWithFindings;

    private String submittedBy;

    private Instant submittedAt;

    protected SupervisionReport() {
    }

    SupervisionReport(long planId, LocalDate firstDay, LocalDate lastDay, String results, @Nullable String problems,
            @Nullable String improvements, SupervisionProgress figures, String submittedBy, Instant submittedAt) {
        this.planId = planId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.results = results.strip();
        this.problems = Texts.blankToNull(problems);
        this.improvements = Texts.blankToNull(improvements);
        this.checksPlanned = figures.planned();
        this.checksDone = figures.done();
        this.checksWithFindings = figures.withFindings();
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getResults() {
        return results;
    }

    public @Nullable String getProblems() {
        return problems;
    }

    public @Nullable String getImprovements() {
        return improvements;
    }

    public int getChecksPlanned() {
        return checksPlanned;
    }

    public int getChecksDone() {
        return checksDone;
    }

    public int getChecksWithFindings() {
        return checksWithFindings;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

}
