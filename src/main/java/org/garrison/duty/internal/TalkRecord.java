package org.garrison.duty.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/** A talk record (谈心记录): a leader's talk with a guard of a site, its topic and the follow-up agreed. */
@Entity
@Table(name = "du_talk")
public class TalkRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private long employeeId;

    private String employeeName;

    private String leaderName;

    private LocalDate talkedOn;

    private String topic;

    private @Nullable String followUp;

    protected TalkRecord() {
    }

    TalkRecord(long siteId, long employeeId, String employeeName, String leaderName, LocalDate talkedOn, String topic,
            @Nullable String followUp) {
        this.siteId = siteId;
        this.employeeId = employeeId;
        this.employeeName = employeeName;
        this.leaderName = leaderName;
        this.talkedOn = talkedOn;
        this.topic = topic.strip();
        this.followUp = Texts.blankToNull(followUp);
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public String getEmployeeName() {
        return employeeName;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public LocalDate getTalkedOn() {
        return talkedOn;
    }

    public String getTopic() {
        return topic;
    }

    public @Nullable String getFollowUp() {
        return followUp;
    }

}
