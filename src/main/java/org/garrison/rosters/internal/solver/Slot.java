package org.garrison.rosters.internal.solver;

import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import org.jspecify.annotations.Nullable;

/**
 * One guard's place on one post-shift; the solver picks its guard among the candidates (or leaves it uncovered).
 * Times are minutes since the epoch; a day index counts days from the first day of the period.
 */
@PlanningEntity
public class Slot {

    @PlanningId
    private long id;

    private LocalDate day;

    private int dayIndex;

    private long siteId;

    private String siteName;

    private long postId;

    private String postName;

    private String templateName;

    private long startMinute;

    private long endMinute;

    private boolean night;

    private boolean weekend;

    private @Nullable Integer minHeightCm;

    private @Nullable Long previousGuard;

    private List<Guard> candidates;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "candidates", allowsUnassigned = true)
    private @Nullable Guard guard;

    Slot() {
    }

    public Slot(long id, Place place, List<Guard> candidates, @Nullable Long previousGuard) {
        this.id = id;
        this.day = place.day();
        this.dayIndex = place.dayIndex();
        this.siteId = place.siteId();
        this.siteName = place.siteName();
        this.postId = place.postId();
        this.postName = place.postName();
        this.templateName = place.templateName();
        this.startMinute = place.startMinute();
        this.endMinute = place.endMinute();
        this.night = place.night();
        this.weekend = place.weekend();
        this.minHeightCm = place.minHeightCm();
        this.candidates = candidates;
        this.previousGuard = previousGuard;
    }

    /** A copy for the solver's best solution: same facts and candidates (shared), same guard. */
    Slot copy() {
        var copy = new Slot();
        copy.id = id;
        copy.day = day;
        copy.dayIndex = dayIndex;
        copy.siteId = siteId;
        copy.siteName = siteName;
        copy.postId = postId;
        copy.postName = postName;
        copy.templateName = templateName;
        copy.startMinute = startMinute;
        copy.endMinute = endMinute;
        copy.night = night;
        copy.weekend = weekend;
        copy.minHeightCm = minHeightCm;
        copy.previousGuard = previousGuard;
        copy.candidates = candidates;
        copy.pinned = pinned;
        copy.guard = guard;
        return copy;
    }

    /** What a slot is, without its guard. */
    public record Place(LocalDate day, int dayIndex, long siteId, String siteName, long postId, String postName,
            String templateName, long startMinute, long endMinute, boolean night, boolean weekend,
            @Nullable Integer minHeightCm) {
    }

    @ValueRangeProvider(id = "candidates")
    public List<Guard> getCandidates() {
        return candidates;
    }

    /** Keeps the guard the solver must not change (a hand edit). */
    public void pin(Guard guard) {
        this.guard = guard;
        this.pinned = true;
    }

    public boolean overlaps(Slot other) {
        return startMinute < other.endMinute && other.startMinute < endMinute;
    }

    /** Minutes between the end of the earlier and the start of the later of two slots that do not overlap. */
    public long restBetween(Slot other) {
        return startMinute >= other.endMinute ? startMinute - other.endMinute : other.startMinute - endMinute;
    }

    /** A short description for explanations: day, site, post and shift. */
    public String label() {
        return dayLabel(day) + " " + siteName + " " + postName + " " + templateName;
    }

    /** A day as month/day (e.g. 12/8), the same in both languages. */
    public static String dayLabel(LocalDate day) {
        return day.getMonthValue() + "/" + day.getDayOfMonth();
    }

    public long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public int getDayIndex() {
        return dayIndex;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getSiteName() {
        return siteName;
    }

    public long getPostId() {
        return postId;
    }

    public String getPostName() {
        return postName;
    }

    public String getTemplateName() {
        return templateName;
    }

    public long getStartMinute() {
        return startMinute;
    }

    public long getEndMinute() {
        return endMinute;
    }

    public boolean isNight() {
        return night;
    }

    public boolean isWeekend() {
        return weekend;
    }

    public @Nullable Integer getMinHeightCm() {
        return minHeightCm;
    }

    public @Nullable Long getPreviousGuard() {
        return previousGuard;
    }

    public boolean isPinned() {
        return pinned;
    }

    public @Nullable Guard getGuard() {
        return guard;
    }

    public void setGuard(@Nullable Guard guard) {
        this.guard = guard;
    }

}
