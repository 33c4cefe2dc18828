package org.garrison.rosters.internal.solver;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A guard who may fill slots, with the days they may not work: not cleared by the on-duty gate or on approved
 * leave ({@code blockedDays}, by day index), and the days a post's own certificate requirement shuts them out
 * ({@code postBlocks}, by post id and day index); what they would rather not work ({@code preferences}, soft); and
 * their published shifts just outside the period ({@code history}).
 */
public final class Guard {

    private final long id;

    private final String name;

    private final @Nullable Long homeSite;

    private final @Nullable Long homePost;

    private final @Nullable Integer heightCm;

    private final Map<Integer, Blocker> blockedDays;

    private final Map<Long, Map<Integer, Blocker>> postBlocks;

    private final Preferences preferences;

    private final History history;

    public Guard(long id, String name, @Nullable Long homeSite, @Nullable Long homePost, @Nullable Integer heightCm,
            Map<Integer, Blocker> blockedDays, Map<Long, Map<Integer, Blocker>> postBlocks) {
        this(id, name, homeSite, homePost, heightCm, blockedDays, postBlocks, Preferences.NONE);
    }

    public Guard(long id, String name, @Nullable Long homeSite, @Nullable Long homePost, @Nullable Integer heightCm,
            Map<Integer, Blocker> blockedDays, Map<Long, Map<Integer, Blocker>> postBlocks, Preferences preferences) {
        this(id, name, homeSite, homePost, heightCm, blockedDays, postBlocks, preferences, History.NONE);
    }

    public Guard(long id, String name, @Nullable Long homeSite, @Nullable Long homePost, @Nullable Integer heightCm,
            Map<Integer, Blocker> blockedDays, Map<Long, Map<Integer, Blocker>> postBlocks, Preferences preferences,
            History history) {
        this.preferences = preferences;
        this.history = history;
        this.id = id;
        this.name = name;
        this.homeSite = homeSite;
        this.homePost = homePost;
        this.heightCm = heightCm;
        this.blockedDays = Map.copyOf(blockedDays);
        this.postBlocks = Map.copyOf(postBlocks);
    }

    /** Why the guard may not fill the slot on its day at its post; empty when nothing blocks them. */
    public Optional<Blocker> blockerFor(Slot slot) {
        var day = blockedDays.get(slot.getDayIndex());
        if (day != null) {
            return Optional.of(day);
        }
        var post = postBlocks.getOrDefault(slot.getPostId(), Map.of()).get(slot.getDayIndex());
        if (post != null) {
            return Optional.of(post);
        }
        Integer min = slot.getMinHeightCm();
        if (min != null && (heightCm == null || heightCm < min)) {
            return Optional.of(Blocker.of("rosters.rule.height", name, String.valueOf(min)));
        }
        return Optional.empty();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public @Nullable Long getHomeSite() {
        return homeSite;
    }

    public @Nullable Long getHomePost() {
        return homePost;
    }

    public Preferences getPreferences() {
        return preferences;
    }

    public History getHistory() {
        return history;
    }

    @Override
    public String toString() {
        return name;
    }

}
