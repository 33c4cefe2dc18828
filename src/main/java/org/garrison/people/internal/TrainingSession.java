package org.garrison.people.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One session of a course: trainer, day and place; attendance is kept per trainee. */
@Entity
@Table(name = "ppl_training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;

    private String trainer;

    private LocalDate heldOn;

    private String place;

    protected TrainingSession() {
    }

    public TrainingSession(long courseId, String trainer, LocalDate heldOn, String place) {
        this.courseId = courseId;
        this.trainer = trainer;
        this.heldOn = heldOn;
        this.place = place;
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getTrainer() {
        return trainer;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

}
