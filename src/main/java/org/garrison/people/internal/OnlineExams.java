package org.garrison.people.internal;

import java.util.List;
import java.util.Map;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Multiple-choice exams an employee takes on their phone, scored at once. */
@Service
@Transactional
public class OnlineExams {

    private final ExamQuestionRepository questions;

    private final Training training;

    private final Employees employees;

    private final ApplicationEventPublisher events;

    OnlineExams(ExamQuestionRepository questions, Training training, Employees employees, ApplicationEventPublisher events) {
        this.questions = questions;
        this.training = training;
        this.employees = employees;
        this.events = events;
    }

    /** The courses with an online exam. */
    @Transactional(readOnly = true)
    public List<Course> courses() {
        return training.courses().stream().filter(c -> !questions.findByCourseIdOrderByPosition(c.getId()).isEmpty()).toList();
    }

    @Transactional(readOnly = true)
    public List<ExamQuestion> questions(long courseId) {
        var found = questions.findByCourseIdOrderByPosition(courseId);
        if (found.isEmpty()) {
            throw new NotFoundException("entity.course", courseId);
        }
        return found;
    }

    /** The questions of a course's online exam, in order (empty when it has none yet). */
    @Transactional(readOnly = true)
    public List<ExamQuestion> questionsOf(long courseId) {
        return questions.findByCourseIdOrderByPosition(courseId);
    }

    /** Adds a question to a course's online exam (options A–D, the right one named by letter). */
    public ExamQuestion addQuestion(long courseId, String question, List<String> options, String correct) {
        training.course(courseId);
        if (question.isBlank() || options.size() != 4 || options.stream().anyMatch(String::isBlank) || !correct.matches("[ABCD]")) {
            throw new DomainException("people.exam.questionInvalid");
        }
        int position = questions.findByCourseIdOrderByPosition(courseId).size() + 1;
        var added = questions.save(new ExamQuestion(courseId, position, question.strip(),
                options.stream().map(String::strip).toList(), correct));
        events.publishEvent(AuditedChange.of("ADD_QUESTION", "Course", courseId, question, null,
                Map.of("position", position, "question", question, "options", options, "correct", correct)));
        return added;
    }

    /** Scores the signed-in employee's answers; refuses a user who is no employee. */
    public ExamResult submit(CurrentUser user, long courseId, Map<Long, String> answers) {
        var employee = employees.ofUser(user.id());
        if (employee == null) {
            throw new DomainException("people.exam.notAnEmployee");
        }
        return training.submitOnline(employee, courseId, answers, questions(courseId));
    }

    /** The signed-in user's exam results (none when they are no employee). */
    @Transactional(readOnly = true)
    public List<ExamResult> myResults(CurrentUser user) {
        var employee = employees.ofUser(user.id());
        return employee == null ? List.of() : training.results(employee.getId());
    }

}
