package org.garrison.people.internal;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One multiple-choice question of a course's online exam, with four options and the right one (A–D). */
@Entity
@Table(name = "ppl_exam_question")
public class ExamQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long courseId;

    private int position;

    private String question;

    @Column(name = "option_a")
    private String optionA;

    @Column(name = "option_b")
    private String optionB;

    @Column(name = "option_c")
    private String optionC;

    @Column(name = "option_d")
    private String optionD;

    private String correct;

    protected ExamQuestion() {
    }

    public ExamQuestion(long courseId, int position, String question, List<String> options, String correct) {
        this.courseId = courseId;
        this.position = position;
        this.question = question;
        this.optionA = options.get(0);
        this.optionB = options.get(1);
        this.optionC = options.get(2);
        this.optionD = options.get(3);
        this.correct = correct;
    }

    public boolean answeredBy(String answer) {
        return correct.equalsIgnoreCase(answer);
    }

    public Long getId() {
        return id;
    }

    public long getCourseId() {
        return courseId;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestion() {
        return question;
    }

    /** The right option, A–D. */
    public String getCorrect() {
        return correct;
    }

    public List<String> options() {
        return List.of(optionA, optionB, optionC, optionD);
    }

}
