package org.garrison.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Runs every {@link StartupData} step once at start-up, each after the steps it names. */
@Component
public class StartupDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupDataRunner.class);

    private final List<StartupData> steps;

    StartupDataRunner(List<StartupData> steps) {
        this.steps = inOrder(steps);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (StartupData step : steps) {
            log.debug("Start-up data: {}", step.name());
            step.load();
        }
    }

    /** The steps' names in the order they run. */
    public List<String> order() {
        return steps.stream().map(StartupData::name).toList();
    }

    /** Dependencies that name no step of this application, as {@code "step -> missing"}. */
    public Set<String> unknownDependencies() {
        Set<String> names = new HashSet<>(order());
        var unknown = new TreeSet<String>();
        steps.forEach(step -> step.after().stream().filter(name -> !names.contains(name))
            .forEach(name -> unknown.add(step.name() + " -> " + name)));
        return unknown;
    }

    /**
     * The steps in an order where each comes after those it names (among the present ones); among the
     * steps free to run, the first by name, so the order is the same on every start.
     *
     * @throws IllegalStateException when two steps share a name or the dependencies form a cycle
     */
    static List<StartupData> inOrder(List<StartupData> steps) {
        Map<String, StartupData> byName = new LinkedHashMap<>();
        for (StartupData step : steps) {
            if (byName.putIfAbsent(step.name(), step) != null) {
                throw new IllegalStateException("two start-up data steps are named " + step.name());
            }
        }
        var ordered = new ArrayList<StartupData>();
        var done = new HashSet<String>();
        var waiting = new TreeSet<>(byName.keySet());
        while (!waiting.isEmpty()) {
            String next = waiting.stream()
                .filter(name -> byName.get(name).after().stream().allMatch(dep -> done.contains(dep) || !byName.containsKey(dep)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("start-up data steps depend on each other in a cycle: " + waiting));
            waiting.remove(next);
            done.add(next);
            ordered.add(byName.get(next));
        }
        return List.copyOf(ordered);
    }

}
