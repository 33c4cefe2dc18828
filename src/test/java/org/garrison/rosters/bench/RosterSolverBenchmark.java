package org.garrison.rosters.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.garrison.rosters.internal.solver.Blocker;
import org.garrison.rosters.internal.solver.Finding;
import org.garrison.rosters.internal.solver.GreedyRoster;
import org.garrison.rosters.internal.solver.Guard;
import org.garrison.rosters.internal.solver.RosterPlan;
import org.garrison.rosters.internal.solver.RosterSolver;
import org.garrison.rosters.internal.solver.Slot;
import org.garrison.rosters.internal.solver.WorkRules;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark, not a test (no Surefire pattern matches the name): a generated company of 1,000 guards in 10
 * branches, 200 sites with one post each staffed day and night (400 post-shifts a day), one month of 31 days
 * (12,400 places); 3 % of the guards lose their clearance mid-month, 5 % take three days' leave, a seventh of the
 * posts ask for 175 cm. A guard may be rostered anywhere in their branch. The greedy first-fit roster and the
 * solver's (time limit {@code -Drosters.bench.seconds}, default 60) run on the same input in the same JVM.
 * Reported to the log and {@code target/rosters-benchmark.txt}:
 * {@code ./mvnw -o -q surefire:test -Dtest=RosterSolverBenchmark -Dtest.jvm.args=}
 */
@Tag("benchmark")
class RosterSolverBenchmark {

    static final Logger log = LoggerFactory.getLogger(RosterSolverBenchmark.class);

    static final int GUARDS = 1_000, SITES = 200, BRANCHES = 10, DAYS = 31;

    static final LocalDate FIRST = LocalDate.of(2027, 1, 1);

    @Test
    void solverFindsAFeasibleMonthWithinTheLimitAndBeatsGreedyFirstFit() throws Exception {
        int seconds = Integer.getInteger("rosters.bench.seconds", 60);
        var solver = new RosterSolver(Duration.ofSeconds(seconds));

        long t0 = System.nanoTime();
        var greedy = solver.explain(GreedyRoster.fill(company(42)));
        long greedyMs = (System.nanoTime() - t0) / 1_000_000;

        long t1 = System.nanoTime();
        var solved = solver.solve(company(42));
        long solverMs = (System.nanoTime() - t1) / 1_000_000;

        String report = String.format(Locale.ROOT, """
                rosters benchmark: %d guards, %d sites, %d places (%d a day), %d days, %d cores
                greedy first fit: %s in %d ms (uncovered %d, hard findings %d)
                timefold solver:  %s in %d ms, limit %d s (uncovered %d, hard findings %d)
                soft score: greedy %d, solver %d
                """, GUARDS, SITES, solved.plan().getSlots().size(), solved.plan().getSlots().size() / DAYS, DAYS,
                Runtime.getRuntime().availableProcessors(), greedy.score(), greedyMs,
                count(greedy, Finding.Level.MEDIUM), count(greedy, Finding.Level.HARD), solved.score(), solverMs, seconds,
                count(solved, Finding.Level.MEDIUM), count(solved, Finding.Level.HARD), greedy.score().softScore(),
                solved.score().softScore());
        log.info(report);
        Files.writeString(Path.of("target", "rosters-benchmark.txt"), report);
        assertThat(solved.score().hardScore()).isZero();
    }

    private static long count(RosterSolver.Solved solved, Finding.Level level) {
        return solved.findings().stream().filter(f -> f.level() == level).count();
    }

    /** The same company for the same seed. */
    static RosterPlan company(long seed) {
        var random = new Random(seed);
        var guardsOfBranch = new HashMap<Integer, List<Guard>>();
        for (int g = 0; g < GUARDS; g++) {
            int site = g % SITES;
            var blocked = new HashMap<Integer, Blocker>();
            if (random.nextInt(100) < 3) {
                for (int d = 10 + random.nextInt(15); d < DAYS; d++) {
                    blocked.put(d, Blocker.of("people.gate.guardLicenceExpired"));
                }
            }
            if (random.nextInt(100) < 5) {
                int from = random.nextInt(DAYS - 3);
                for (int d = from; d < from + 3; d++) {
                    blocked.put(d, Blocker.of("rosters.rule.onLeave"));
                }
            }
            var guard = new Guard(g + 1, "G" + (g + 1), (long) site, (long) site, 165 + random.nextInt(21), blocked, Map.of());
            guardsOfBranch.computeIfAbsent(site % BRANCHES, b -> new ArrayList<>()).add(guard);
        }
        var slots = new ArrayList<Slot>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST.plusDays(d);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (int site = 0; site < SITES; site++) {
                Integer minHeight = site % 7 == 0 ? 175 : null;
                long base = d * 1440L;
                var candidates = guardsOfBranch.get(site % BRANCHES);
                slots.add(new Slot(slots.size(), new Slot.Place(day, d, site, "S" + site, site, "P" + site, "白班",
                        base + 480, base + 1200, false, weekend, minHeight), candidates, null));
                slots.add(new Slot(slots.size(), new Slot.Place(day, d, site, "S" + site, site, "P" + site, "夜班",
                        base + 1200, base + 1920, true, weekend, minHeight), candidates, null));
            }
        }
        var all = guardsOfBranch.values().stream().flatMap(List::stream).toList();
        return new RosterPlan(WorkRules.DEFAULT, all, slots);
    }

}
