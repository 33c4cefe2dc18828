package org.garrison.testsupport.pagewalk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;

/**
 * The defects a walk found, under stable keys ({@code TEXT /patrol/board null}, {@code OVERFLOW /people/me}): the
 * check, the page's URL pattern and what exactly, so that the same defect on another demo row or for another user
 * is one finding. Each keeps where it was seen, for the report.
 */
public final class Findings {

    /** The file of findings known today, which the walk skips and which may only shrink. */
    public static final String KNOWN = "walk/known-findings.txt";

    private static final int EXAMPLES = 3;

    /**
     * A finding's key.
     *
     * @param check {@code TEXT}, {@code CSRF}, {@code STATUS} or {@code OVERFLOW}
     * @param pattern the page's URL pattern
     * @param detail what exactly; empty for {@code OVERFLOW}
     */
    public record Key(String check, String pattern, String detail) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::pattern)
            .thenComparing(Key::check)
            .thenComparing(Key::detail);

        public static Key parse(String line) {
            String[] parts = line.strip().split(" ", 3);
            if (parts.length < 2) {
                throw new IllegalArgumentException("Not a finding: '" + line + "' (expected CHECK /pattern [detail])");
            }
            return new Key(parts[0], parts[1], parts.length > 2 ? parts[2] : "");
        }

        /** The first path segment: the module whose pages these are. */
        public String module() {
            String[] segments = pattern.split("/");
            return segments.length > 1 ? segments[1] : "/";
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return detail.isEmpty() ? check + " " + pattern : check + " " + pattern + " " + detail;
        }

    }

    /** Where a finding was seen: as whom, on which URL, reached from which page, and the offending text. */
    public record Seen(String user, String url, String source, String token, String context) {

    }

    private final Map<Key, Set<Seen>> found = new TreeMap<>();

    public void add(String user, PageWalk.Visit visit, Defect defect) {
        found.computeIfAbsent(new Key(defect.check(), visit.pattern(), defect.detail()), key -> new LinkedHashSet<>())
            .add(new Seen(user, visit.link().url(), visit.link().source(), defect.token(), defect.context()));
    }

    /** Adds what another walk found, after what this one found. */
    public void addAll(Findings other) {
        other.found.forEach((key, seen) -> found.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(seen));
    }

    public Set<Key> keys() {
        return found.keySet();
    }

    /** The findings by module, each with a few places it was seen: the walk's readable report. */
    public String report() {
        var text = new StringBuilder();
        String module = null;
        for (var entry : found.entrySet()) {
            if (!entry.getKey().module().equals(module)) {
                module = entry.getKey().module();
                text.append("\n# ").append(module).append('\n');
            }
            var tokens = new TreeSet<String>();
            entry.getValue().forEach(seen -> tokens.add(seen.token()));
            text.append(entry.getKey()).append("   (").append(entry.getValue().size()).append(" times");
            if (entry.getKey().check().equals("TEXT")) {
                text.append(": ").append(String.join(" ", tokens));
            }
            text.append(")\n");
            examples(entry.getValue()).forEach(seen -> text.append("    as ").append(seen.user()).append(" on ")
                .append(seen.url()).append(" from ").append(seen.source()).append(": ").append(seen.context())
                .append('\n'));
        }
        return text.isEmpty() ? "(nothing found)" : text.toString();
    }

    /** A few places, of different offending texts where there are several. */
    private static List<Seen> examples(Set<Seen> seen) {
        var examples = new ArrayList<Seen>();
        var tokens = new HashSet<String>();
        seen.stream().filter(place -> tokens.add(place.token())).limit(EXAMPLES).forEach(examples::add);
        seen.stream().filter(place -> !examples.contains(place)).limit(EXAMPLES - examples.size()).forEach(examples::add);
        return examples;
    }

    /**
     * What differs from the known findings of the given checks: findings not known (new defects) and known ones
     * no longer found (fixed: delete their lines). Empty when the walk found exactly the known ones.
     */
    public List<String> differencesFrom(Set<Key> known, Set<String> checks) {
        var differences = new ArrayList<String>();
        found.keySet().stream().filter(key -> checks.contains(key.check()) && !known.contains(key))
            .forEach(key -> differences.add("new:   " + key));
        known.stream().filter(key -> checks.contains(key.check()) && !found.containsKey(key)).sorted()
            .forEach(key -> differences.add("fixed: " + key + "   (delete this line from " + KNOWN + ")"));
        return differences;
    }

    /** The keys of the known-findings file: one per line; blank lines and {@code #} comments skipped. */
    public static Set<Key> known() {
        var keys = new TreeSet<Key>();
        knownLines().stream().filter(line -> !line.startsWith("#")).forEach(line -> keys.add(Key.parse(line)));
        return keys;
    }

    /** The lines of the known-findings file that are not blank, stripped, comments too. */
    static List<String> knownLines() {
        try (var in = new ClassPathResource(KNOWN).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
