package org.garrison.duty.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A supervision plan (监督计划, RULES B.1 S10/S11): the internal supervision group's goal, what it checks, how and
 * how often (a supervision check every {@code everyDays} days) over a period, for the whole department (no branch) or
 * one branch.
 */
@Entity
@Table(name = "du_supervision_plan")
public class SupervisionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long branchId;

    private String title;

    private LocalDate firstDay;

    private LocalDate lastDay;

    private String goal;

    private String areas;

    private String methods;

    private int everyDays;

    private String members;

    private String createdBy;

    private Instant createdAt;

    protected SupervisionPlan() {
    }

    SupervisionPlan(@Nullable Long branchId, String title, LocalDate firstDay, LocalDate lastDay, String goal,
            Collection<SupervisionArea> areas, Collection<SupervisionMethod> methods, int everyDays, String members,
            String createdBy, Instant createdAt) {
        this.branchId = branchId;
        this.title = title.strip();
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.goal = goal.strip();
        this.areas = join(areas);
        this.methods = join(methods);
        this.everyDays = everyDays;
        this.members = members.strip();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private static String join(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).distinct().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        var set = EnumSet.noneOf(type);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(s -> Enum.valueOf(type, s)).forEach(set::add);
        return set;
    }

    public Long getId() {
        return id;
    }

    public @Nullable Long getBranchId() {
        return branchId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getGoal() {
        return goal;
    }

    public Set<SupervisionArea> getAreas() {
        return split(areas, SupervisionArea.class);
    }

    public Set<SupervisionMethod> getMethods() {
        return split(methods, SupervisionMethod.class);
    }

    public int getEveryDays() {
        return everyDays;
    }

    public String getMembers() {
        return members;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
