package org.garrison.patrols.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports a patrol-wand (巡更棒) export: CSV lines of device id, tag id and time (see
 * {@code docs/patrols-wand-import.md}). Devices map to guards through the wand register, tags to
 * checkpoints through their tag id. The file is read as a stream, a window of lines at a time; every line is
 * answered, in line order: stored, already stored (re-importing a file stores nothing twice), or refused with
 * a reason; refused lines never stop the good ones. Each batch is stored in its own transaction, so what was
 * stored stays stored when a later batch fails.
 */
@Service
public class WandImport {

    private static final Logger log = LoggerFactory.getLogger(WandImport.class);

    /** Lines read before their scans are stored and they are answered (bounds what is held in memory). */
    static final int WINDOW = 2_000;

    private static final int BATCH = 500;

    private static final int MAX_CACHED = 10_000;

    private static final int MAX_TEXT = 200;

    private final WandRepository wands;

    private final CheckpointRepository checkpoints;

    private final ScanIngest ingest;

    private final OrganisationManagement organisation;

    private final PatrolSettings settings;

    private final Clock clock;

    WandImport(WandRepository wands, CheckpointRepository checkpoints, ScanIngest ingest,
            OrganisationManagement organisation,
            PatrolSettings settings, Clock clock) {
        this.clock = clock;
        this.wands = wands;
        this.checkpoints = checkpoints;
        this.ingest = ingest;
        this.organisation = organisation;
        this.settings = settings;
    }

    /** What became of one line (numbered from 1, as an editor shows them); {@code text} is the line as read. */
    public record Line(int number, ScanIngest.Outcome outcome, @Nullable String reasonKey, List<Object> reasonArgs,
            String text) {
    }

    /** The report of an import answered in full (small files, on the page). */
    public record Report(String encoding, List<Line> lines) {

        public long count(ScanIngest.Outcome outcome) {
            return lines.stream().filter(l -> l.outcome() == outcome).count();
        }

    }

    /** How many lines were stored, stored before and refused. */
    public record Tally(long stored, long storedBefore, long refused) {
    }

    /** Takes the answers of an import as they come. */
    public interface Listener {

        /** One line's answer; lines come in line order. */
        void answered(Line line) throws IOException;

        /** How many lines have been read and answered; returns whether to go on (false when cancelled). */
        default boolean read(int lines) {
            return true;
        }

    }

    private record Parsed(Line line, Wand wand, Checkpoint checkpoint, Instant at) {
    }

    /** Imports a small file whole and answers every line; the caller keeps files small enough to hold. */
    public Report load(DataScope scope, byte[] file) {
        Charset charset;
        try {
            charset = CsvText.survey(new ByteArrayInputStream(file)).charset();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        var lines = new ArrayList<Line>();
        run(scope, new ByteArrayInputStream(file), charset, lines::add);
        return new Report(charset.name(), List.copyOf(lines));
    }

    /**
     * Reads the export line by line and stores its scans in batches, within the scope's sites; the caller closes
     * the stream.
     *
     * @throws DomainException {@code patrol.import.stopped} when reading, storing or answering fails midway; the
     *     scans stored before stay stored
     */
    public Tally run(DataScope scope, InputStream in, Charset charset, Listener listener) {
        var window = new Window(ScanIngest.Batch.sitesOf(organisation, scope), listener);
        int number = 0;
        try {
            var reader = CsvText.reader(in, charset);
            String row;
            while ((row = reader.readLine()) != null) {
                number++;
                window.add(number, row);
                if (window.size() >= WINDOW) {
                    window.answer();
                    if (!listener.read(number)) {
                        return window.tally();
                    }
                }
            }
            window.answer();
            listener.read(number);
            return window.tally();
        }
        catch (IOException ex) {
            throw window.stopped(number + 1, ex);
        }
        catch (DomainException ex) {
            throw ex;
        }
        catch (RuntimeException ex) {
            throw window.stopped(number, ex);
        }
    }

    /** Lines read but not yet answered, and the counts so far. */
    private final class Window {

        private final @Nullable Set<Long> allowed;

        private final Listener listener;

        private final List<Line> answers = new ArrayList<>();

        private final List<Parsed> good = new ArrayList<>();

        private final Map<String, Optional<Wand>> wandCache = new HashMap<>();

        private final Map<String, Optional<Checkpoint>> tagCache = new HashMap<>();

        private long stored;

        private long storedBefore;

        private long refused;

        Window(@Nullable Set<Long> allowed, Listener listener) {
            this.allowed = allowed;
            this.listener = listener;
        }

        int size() {
            return answers.size() + good.size();
        }

        Tally tally() {
            return new Tally(stored, storedBefore, refused);
        }

        void add(int number, String row) {
            String text = row.length() > MAX_TEXT ? row.substring(0, MAX_TEXT) : row;
            if (row.isBlank() || (number == 1 && WandRows.isHeader(row))) {
                return;
            }
            var fields = CsvText.fields(row);
            if (fields.size() < 3 || fields.get(0).isEmpty() || fields.get(1).isEmpty()) {
                answers.add(refused(number, text, "patrol.import.columns"));
                return;
            }
            Wand wand = cached(wandCache, fields.get(0), wands::findByDeviceId).orElse(null);
            Checkpoint checkpoint = cached(tagCache, fields.get(1),
                    tag -> checkpoints.findByTagIdInAndActiveTrue(List.of(tag)).stream().findFirst()).orElse(null);
            Instant at = WandRows.time(fields.get(2), clock.getZone());
            if (wand == null || (allowed != null && !allowed.contains(wand.getSiteId()))) {
                answers.add(refused(number, text, "patrol.import.unknownDevice", fields.get(0)));
            }
            else if (checkpoint == null) {
                answers.add(refused(number, text, "patrol.import.unknownTag", fields.get(1)));
            }
            else if (at == null) {
                answers.add(refused(number, text, "patrol.import.badTime", fields.get(2)));
            }
            else {
                good.add(new Parsed(new Line(number, ScanIngest.Outcome.ACCEPTED, null, List.of(), text), wand,
                        checkpoint, at));
            }
        }

        /** Stores the window's good lines, one batch per wand, and hands every line's answer on in line order. */
        void answer() {
            Map<Long, List<Parsed>> byWand = new LinkedHashMap<>();
            good.forEach(p -> byWand.computeIfAbsent(p.wand().getId(), w -> new ArrayList<>()).add(p));
            int batch = Math.min(BATCH, settings.maxBatch());
            for (var parsed : byWand.values()) {
                for (int from = 0; from < parsed.size(); from += batch) {
                    store(parsed.subList(from, Math.min(parsed.size(), from + batch)));
                }
            }
            answers.sort(Comparator.comparingInt(Line::number));
            for (Line line : answers) {
                if (line.outcome() == ScanIngest.Outcome.DUPLICATE) {
                    storedBefore++;
                }
                else if (line.outcome() == ScanIngest.Outcome.REJECTED) {
                    refused++;
                }
                try {
                    listener.answered(line);
                }
                catch (IOException ex) {
                    throw stopped(line.number(), ex);
                }
            }
            answers.clear();
            good.clear();
        }

        private void store(List<Parsed> slice) {
            var items = slice.stream().map(p -> new ScanIngest.Item(
                    WandRows.scanId(p.wand().getDeviceId(), p.checkpoint().getTagId(), p.at()), p.checkpoint().getCode(),
                    p.at().toString(), null, null, null, false)).toList();
            Wand wand = slice.get(0).wand();
            List<ScanIngest.Result> results;
            try {
                results = ingest.ingest(new ScanIngest.Batch(wand.getGuardUserId(), allowed, ScanIngest.Source.WAND,
                        wand.getDeviceId(), null, items));
            }
            catch (RuntimeException ex) {
                throw stopped(firstUnanswered(), ex);
            }
            for (int k = 0; k < slice.size(); k++) {
                var r = results.get(k);
                var line = slice.get(k).line();
                if (r.outcome() == ScanIngest.Outcome.ACCEPTED) {
                    stored++;
                }
                answers.add(new Line(line.number(), r.outcome(), r.reasonKey(), r.reasonArgs(), line.text()));
            }
        }

        private int firstUnanswered() {
            return Stream.concat(answers.stream(), good.stream().map(Parsed::line))
                .mapToInt(Line::number).min().orElse(1);
        }

        /** Why the import stopped: where, and how many scans it stored (they stay stored). */
        DomainException stopped(int line, Exception cause) {
            log.error("Wand import stopped at line {} after storing {} scans", line, stored, cause);
            return new DomainException("patrol.import.stopped", line, stored);
        }

        private <T> Optional<T> cached(Map<String, Optional<T>> cache, String key,
                Function<String, Optional<T>> lookup) {
            if (cache.size() >= MAX_CACHED && !cache.containsKey(key)) {
                cache.clear();
            }
            return cache.computeIfAbsent(key, lookup);
        }

    }

    private static Line refused(int number, String text, String key, Object... args) {
        return new Line(number, ScanIngest.Outcome.REJECTED, key, List.of(args), text);
    }

}
