package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refreshers due: each employee's newest pass of a course whose passes lapse, when it has lapsed or
 * lapses within the lead time (setting {@code garrison.people.training-refresher-lead}, 30 days by default).
 */
@Component
@Transactional(readOnly = true)
public class TrainingLapses {

    private final CourseRepository courses;

    private final ExamResultRepository results;

    private final PeopleSettings settings;

    TrainingLapses(CourseRepository courses, ExamResultRepository results, PeopleSettings settings) {
        this.courses = courses;
        this.results = results;
        this.settings = settings;
    }

    /** The passes lapsed or lapsing by today plus the lead time, soonest first. */
    public List<Due> due(LocalDate today) {
        Map<Long, Course> lapsing = courses.findAll()
            .stream()
            .filter(c -> c.getValidityMonths() != null)
            .collect(Collectors.toMap(Course::getId, Function.identity()));
        if (lapsing.isEmpty()) {
            return List.of();
        }
        LocalDate horizon = today.plus(settings.trainingRefresherLead());
        return results.latestPasses(lapsing.keySet())
            .stream()
            .map(p -> {
                var course = lapsing.get(p.courseId());
                return new Due(p.employeeId(), course, p.takenOn(), Objects.requireNonNull(course.lapsesOn(p.takenOn())),
                        !course.passCountsOn(p.takenOn(), today));
            })
            .filter(d -> !d.lapsesOn().isAfter(horizon))
            .sorted(Comparator.comparing(Due::lapsesOn))
            .toList();
    }

    /** An employee's newest pass of a course, the day it lapses and whether it has already. */
    public record Due(long employeeId, Course course, LocalDate passedOn, LocalDate lapsesOn, boolean lapsed) {
    }

}
