package org.garrison.siteops.preparedness;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.garrison.shared.Texts;
import org.garrison.siteops.inspections.Checklist;
import org.garrison.siteops.internal.IncidentType;
import org.jspecify.annotations.Nullable;

/**
 * An emergency plan (应急预案) of a site for one type of incident: response steps per phase, resources,
 * contacts and evacuation routes. Drafted, submitted, and approved by someone other than the author
 * before it may be activated; changing an approved plan makes it a draft again.
 */
@Entity
@Table(name = "so_emergency_plan")
public class EmergencyPlan {

    /** Where a plan stands. */
    public enum Status {
        DRAFT, SUBMITTED, APPROVED, REJECTED;

        public String messageKey() {
            return "siteops.plan.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private IncidentType incidentType;

    private String title;

    private String warningSteps;

    private String activationSteps;

    private String handlingSteps;

    private String recoverySteps;

    private @Nullable String resources;

    private @Nullable String contacts;

    private @Nullable String evacuation;

    @Enumerated(EnumType.STRING)
    private Status status;

    private long authorId;

    private String authorName;

    private @Nullable String decidedBy;

    private @Nullable Instant decidedAt;

    private @Nullable String decisionNote;

    @Version
    private long version;

    protected EmergencyPlan() {
    }

    EmergencyPlan(long siteId, Content content, long authorId, String authorName) {
        this.siteId = siteId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.status = Status.DRAFT;
        write(content);
    }

    /** Changes the plan's content; an approved or rejected plan becomes a draft that needs approval again. */
    void change(Content content) {
        if (status == Status.SUBMITTED) {
            throw new DomainException("siteops.plan.awaitingDecision");
        }
        write(content);
        this.status = Status.DRAFT;
    }

    void submit() {
        if (status != Status.DRAFT && status != Status.REJECTED) {
            throw new DomainException("siteops.plan.notDraft");
        }
        this.status = Status.SUBMITTED;
    }

    /** Approves or rejects a submitted plan; the author cannot decide on their own plan, a rejection needs a reason. */
    void decide(boolean approved, @Nullable String note, long userId, String userName, Instant at) {
        if (status != Status.SUBMITTED) {
            throw new DomainException("siteops.plan.notSubmitted");
        }
        if (userId == authorId) {
            throw new DomainException("siteops.plan.authorCannotDecide");
        }
        if (!approved && Texts.blankToNull(note) == null) {
            throw new DomainException("siteops.plan.rejectionNeedsNote");
        }
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        this.decidedBy = userName;
        this.decidedAt = at;
        this.decisionNote = Texts.blankToNull(note);
    }

    /** The response steps per phase, in flow order, for activation; refuses a plan that is not approved. */
    Map<ResponsePhase, List<String>> stepsForActivation() {
        if (status != Status.APPROVED) {
            throw new DomainException("siteops.plan.notApproved", title);
        }
        return steps();
    }

    public Map<ResponsePhase, List<String>> steps() {
        var steps = new EnumMap<ResponsePhase, List<String>>(ResponsePhase.class);
        steps.put(ResponsePhase.WARNING, Checklist.parse(warningSteps));
        steps.put(ResponsePhase.ACTIVATION, Checklist.parse(activationSteps));
        steps.put(ResponsePhase.HANDLING, Checklist.parse(handlingSteps));
        steps.put(ResponsePhase.RECOVERY, Checklist.parse(recoverySteps));
        return steps;
    }

    private void write(Content content) {
        for (String text : List.of(content.warningSteps(), content.activationSteps(), content.handlingSteps(),
                content.recoverySteps())) {
            if (Checklist.parse(text).isEmpty()) {
                throw new DomainException("siteops.plan.everyPhaseNeedsSteps");
            }
            if (Checklist.parse(text).stream().anyMatch(line -> line.length() > 300)) {
                throw new DomainException("siteops.plan.stepTooLong");
            }
        }
        this.incidentType = content.type();
        this.title = content.title().strip();
        this.warningSteps = String.join("\n", Checklist.parse(content.warningSteps()));
        this.activationSteps = String.join("\n", Checklist.parse(content.activationSteps()));
        this.handlingSteps = String.join("\n", Checklist.parse(content.handlingSteps()));
        this.recoverySteps = String.join("\n", Checklist.parse(content.recoverySteps()));
        this.resources = Texts.blankToNull(content.resources());
        this.contacts = Texts.blankToNull(content.contacts());
        this.evacuation = Texts.blankToNull(content.evacuation());
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("type", incidentType);
        map.put("title", title);
        map.put("status", status);
        map.put("steps", steps());
        map.put("resources", resources);
        map.put("contacts", contacts);
        map.put("evacuation", evacuation);
        map.put("decidedBy", decidedBy);
        return map;
    }

    /** What an author writes into a plan; steps one per line. */
    public record Content(IncidentType type, String title, String warningSteps, String activationSteps,
            String handlingSteps, String recoverySteps, @Nullable String resources, @Nullable String contacts,
            @Nullable String evacuation) {
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public IncidentType getIncidentType() {
        return incidentType;
    }

    public String getTitle() {
        return title;
    }

    public String getWarningSteps() {
        return warningSteps;
    }

    public String getActivationSteps() {
        return activationSteps;
    }

    public String getHandlingSteps() {
        return handlingSteps;
    }

    public String getRecoverySteps() {
        return recoverySteps;
    }

    public @Nullable String getResources() {
        return resources;
    }

    public @Nullable String getContacts() {
        return contacts;
    }

    public @Nullable String getEvacuation() {
        return evacuation;
    }

    public Status getStatus() {
        return status;
    }

    public String getAuthorName() {
        return authorName;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getDecisionNote() {
        return decisionNote;
    }

}
