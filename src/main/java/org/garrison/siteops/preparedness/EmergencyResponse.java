package org.garrison.siteops.preparedness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An emergency plan activated for an incident: the plan's steps as a checklist with times, worked through
 * phase by phase — a step may be done only once every step of the earlier phases is.
 */
@Entity
@Table(name = "so_emergency_response")
public class EmergencyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long incidentId;

    private long planId;

    private String planTitle;

    private Instant activatedAt;

    private String activatedBy;

    @ElementCollection
    @CollectionTable(name = "so_response_step", joinColumns = @JoinColumn(name = "response_id"))
    @OrderBy("position")
    private List<ResponseStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected EmergencyResponse() {
    }

    /** @throws DomainException when the plan is not approved */
    EmergencyResponse(long incidentId, EmergencyPlan plan, Instant activatedAt, String activatedBy) {
        this.incidentId = incidentId;
        this.planId = plan.getId();
        this.planTitle = plan.getTitle();
        this.activatedAt = activatedAt;
        this.activatedBy = activatedBy;
        int position = 0;
        for (var phase : plan.stepsForActivation().entrySet()) {
            for (String text : phase.getValue()) {
                steps.add(new ResponseStep(phase.getKey(), position++, text));
            }
        }
    }

    /** Marks a step done now. */
    void complete(int position, Instant at, String by) {
        var step = steps.stream().filter(s -> s.getPosition() == position).findFirst()
            .orElseThrow(() -> new DomainException("siteops.response.noSuchStep"));
        if (step.isDone()) {
            throw new DomainException("siteops.response.stepDone", step.getStepText());
        }
        var current = currentPhase();
        if (current != null && step.getPhase().compareTo(current) > 0) {
            throw new DomainException("siteops.response.earlierPhaseOpen");
        }
        step.done(at, by);
    }

    /** The first phase with a step not yet done; {@code null} once every step is done. */
    public @Nullable ResponsePhase currentPhase() {
        return steps.stream().filter(s -> !s.isDone()).map(ResponseStep::getPhase).min(Enum::compareTo).orElse(null);
    }

    public boolean isFinished() {
        return currentPhase() == null;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public long getPlanId() {
        return planId;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public String getActivatedBy() {
        return activatedBy;
    }

    /** The steps in order (loaded lazily: read them inside a transaction). */
    public List<ResponseStep> getSteps() {
        return List.copyOf(steps);
    }

}
