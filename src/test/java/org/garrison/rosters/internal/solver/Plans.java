package org.garrison.rosters.internal.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Small fixed rosters for solver tests: one site, one post, 12-hour day and night shifts from a Monday. */
final class Plans {

    static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    private final List<Guard> guards = new ArrayList<>();

    private final Map<Long, Map<Integer, Blocker>> blocked = new HashMap<>();

    private final Map<Long, Preferences> preferences = new HashMap<>();

    private final Map<Long, History> history = new HashMap<>();

    Plans history(long guard, History published) {
        history.put(guard, published);
        return this;
    }

    Plans preferring(long guard, Preferences wish) {
        preferences.put(guard, wish);
        return this;
    }

    Plans blocked(long guard, int day, String key) {
        blocked.computeIfAbsent(guard, g -> new HashMap<>()).put(day, Blocker.of(key));
        return this;
    }

    Plans guards(String... names) {
        for (String name : names) {
            long id = guards.size() + 1;
            guards.add(new Guard(id, name, 1L, 10L, 175, blocked.getOrDefault(id, Map.of()), Map.of(),
                    preferences.getOrDefault(id, Preferences.NONE), history.getOrDefault(id, History.NONE)));
        }
        return this;
    }

    List<Guard> guardList() {
        return guards;
    }

    /** Day shifts 08–20 (and night shifts 20–08 when asked) for so many days. */
    RosterPlan plan(int days, boolean nights) {
        var slots = new ArrayList<Slot>();
        for (int d = 0; d < days; d++) {
            slots.add(slot(slots.size(), d, 8 * 60, 20 * 60, "白班"));
            if (nights) {
                slots.add(slot(slots.size(), d, 20 * 60, 32 * 60, "夜班"));
            }
        }
        return new RosterPlan(WorkRules.DEFAULT, guards, slots);
    }

    Slot slot(int id, int day, int from, int to, String name) {
        LocalDate date = MONDAY.plusDays(day);
        long base = day * 1440L;
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return new Slot(id, new Slot.Place(date, day, 1, "华信大厦", 10, "大门岗", name, base + from, base + to,
                to > 22 * 60, weekend, null), guards, null);
    }

}
