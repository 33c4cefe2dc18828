package org.garrison.contracts.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A client communication meeting (客户沟通会): attendees and minutes; its action items are commitments. */
@Entity
@Table(name = "con_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long clientId;

    private LocalDate heldOn;

    private String topic;

    private String attendees;

    private String minutes;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(long clientId, LocalDate heldOn, String topic, String attendees, String minutes) {
        this.clientId = clientId;
        this.heldOn = heldOn;
        this.topic = topic.strip();
        this.attendees = attendees.strip();
        this.minutes = minutes.strip();
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("clientId", clientId);
        map.put("heldOn", heldOn);
        map.put("topic", topic);
        map.put("attendees", attendees);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopic() {
        return topic;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getMinutes() {
        return minutes;
    }

}
