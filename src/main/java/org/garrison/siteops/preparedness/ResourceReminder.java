package org.garrison.siteops.preparedness;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That the team leader was told of a resource's stage about a due day: never told twice (unique in the database). */
@Entity
@Table(name = "so_resource_reminder")
class ResourceReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long resourceId;

    @Enumerated(EnumType.STRING)
    private ResourceStage stage;

    private LocalDate dueOn;

    private LocalDate remindedOn;

    protected ResourceReminder() {
    }

    ResourceReminder(long resourceId, ResourceStage.Reached reached, LocalDate remindedOn) {
        this.resourceId = resourceId;
        this.stage = reached.stage();
        this.dueOn = reached.dueOn();
        this.remindedOn = remindedOn;
    }

    Key key() {
        return new Key(resourceId, new ResourceStage.Reached(stage, dueOn));
    }

    /** What is told once. */
    record Key(long resourceId, ResourceStage.Reached reached) {
    }

}
