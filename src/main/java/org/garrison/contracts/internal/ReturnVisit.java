package org.garrison.contracts.internal;

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

/** A scheduled return visit (回访) by phone, on site or questionnaire; may repeat every few months. */
@Entity
@Table(name = "con_return_visit")
public class ReturnVisit {

    /** How the client is asked. */
    public enum Method {
        PHONE, ON_SITE, QUESTIONNAIRE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long clientId;

    @Enumerated(EnumType.STRING)
    private Method method;

    private LocalDate scheduledOn;

    private @Nullable Integer repeatMonths;

    private @Nullable LocalDate doneOn;

    private @Nullable String outcome;

    private @Nullable Boolean satisfied;

    private @Nullable LocalDate remindedOn;

    @Version
    private long version;

    protected ReturnVisit() {
    }

    ReturnVisit(long clientId, Method method, LocalDate scheduledOn, @Nullable Integer repeatMonths) {
        if (repeatMonths != null && (repeatMonths < 1 || repeatMonths > 12)) {
            throw new DomainException("returnVisit.repeatInvalid");
        }
        this.clientId = clientId;
        this.method = method;
        this.scheduledOn = scheduledOn;
        this.repeatMonths = repeatMonths;
    }

    /** Records the outcome; answers the next return visit when this one repeats. */
    @Nullable ReturnVisit done(LocalDate on, String outcome, boolean satisfied) {
        if (doneOn != null) {
            throw new DomainException("returnVisit.alreadyDone");
        }
        this.doneOn = on;
        this.outcome = outcome.strip();
        this.satisfied = satisfied;
        return repeatMonths == null ? null : new ReturnVisit(clientId, method, scheduledOn.plusMonths(repeatMonths), repeatMonths);
    }

    /** Whether it is due as of today: not done and scheduled for today or earlier. */
    public boolean isDue(LocalDate today) {
        return doneOn == null && !scheduledOn.isAfter(today);
    }

    /** Whether its reminder is due: it is due and was not announced yet (once per scheduled return visit). */
    boolean reminderDue(LocalDate today) {
        return remindedOn == null && isDue(today);
    }

    void reminded(LocalDate on) {
        remindedOn = on;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("clientId", clientId);
        map.put("method", method);
        map.put("scheduledOn", scheduledOn);
        map.put("repeatMonths", repeatMonths);
        map.put("doneOn", doneOn);
        map.put("outcome", outcome);
        map.put("satisfied", satisfied);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public Method getMethod() {
        return method;
    }

    public LocalDate getScheduledOn() {
        return scheduledOn;
    }

    public @Nullable Integer getRepeatMonths() {
        return repeatMonths;
    }

    public @Nullable LocalDate getDoneOn() {
        return doneOn;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public @Nullable Boolean getSatisfied() {
        return satisfied;
    }

    public @Nullable LocalDate getRemindedOn() {
        return remindedOn;
    }

}
