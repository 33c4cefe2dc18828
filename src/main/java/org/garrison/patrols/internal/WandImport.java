package org.garrison.patrols.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Imports a patrol-wand (巡更棒) export: CSV lines of device id, tag id and time (see
 * {@code docs/patrols-wand-import.md}). Devices map to guards through the wand register, tags to
 * checkpoints through their tag id. Every line is answered: stored, already stored (re-importing a file
 * stores nothing twice), or refused with a reason; refused lines never stop the good ones.
 */
@Service
public class WandImport {

    static final int MAX_LINES = 50_000;

    private static final int BATCH = 500;

    private static final Set<String> HEADER_WORDS = Set.of("device", "device_id", "deviceid", "设备号", "设备编号", "巡更棒");

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm"));

    private final WandRepository wands;

    private final CheckpointRepository checkpoints;

    private final ScanIngest ingest;

    private final Sites sites;

    private final PatrolSettings settings;

    WandImport(WandRepository wands, CheckpointRepository checkpoints, ScanIngest ingest, Sites sites,
            PatrolSettings settings) {
        this.wands = wands;
        this.checkpoints = checkpoints;
        this.ingest = ingest;
        this.sites = sites;
        this.settings = settings;
    }

    /** What became of one line (numbered from 1, as an editor shows them). */
    public record Line(int number, ScanIngest.Outcome outcome, @Nullable String reasonKey, List<Object> reasonArgs) {
    }

    /** The report of an import. */
    public record Report(String encoding, List<Line> lines) {

        public long count(ScanIngest.Outcome outcome) {
            return lines.stream().filter(l -> l.outcome() == outcome).count();
        }

    }

    private record Parsed(int number, Wand wand, Checkpoint checkpoint, Instant at) {
    }

    public Report load(DataScope scope, byte[] file) {
        var decoded = CsvText.decode(file);
        String[] rows = decoded.text().split("\\r?\\n|\\r");
        if (rows.length > MAX_LINES) {
            throw new DomainException("patrol.import.tooManyLines", MAX_LINES);
        }
        Set<Long> allowed = sites.forScans(scope);
        var report = new ArrayList<Line>();
        var good = new ArrayList<Parsed>();
        Map<String, Wand> wandCache = new HashMap<>();
        Map<String, Checkpoint> tagCache = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            if (row.isBlank() || (i == 0 && isHeader(row))) {
                continue;
            }
            var fields = CsvText.fields(row);
            if (fields.size() < 3 || fields.get(0).isEmpty() || fields.get(1).isEmpty()) {
                report.add(refused(i + 1, "patrol.import.columns"));
                continue;
            }
            Wand wand = wandCache.computeIfAbsent(fields.get(0), id -> wands.findByDeviceId(id).orElse(null));
            Checkpoint checkpoint = tagCache.computeIfAbsent(fields.get(1),
                    tag -> checkpoints.findByTagIdInAndActiveTrue(List.of(tag)).stream().findFirst().orElse(null));
            Instant at = time(fields.get(2), settings.zone());
            if (wand == null || (allowed != null && !allowed.contains(wand.getSiteId()))) {
                report.add(refused(i + 1, "patrol.import.unknownDevice", fields.get(0)));
            }
            else if (checkpoint == null) {
                report.add(refused(i + 1, "patrol.import.unknownTag", fields.get(1)));
            }
            else if (at == null) {
                report.add(refused(i + 1, "patrol.import.badTime", fields.get(2)));
            }
            else {
                good.add(new Parsed(i + 1, wand, checkpoint, at));
            }
        }
        report.addAll(store(good, allowed));
        report.sort(java.util.Comparator.comparingInt(Line::number));
        return new Report(decoded.charset().name(), List.copyOf(report));
    }

    private List<Line> store(List<Parsed> good, @Nullable Set<Long> allowed) {
        var lines = new ArrayList<Line>();
        Map<Long, List<Parsed>> byGuard = new LinkedHashMap<>();
        good.forEach(p -> byGuard.computeIfAbsent(p.wand().getGuardUserId(), g -> new ArrayList<>()).add(p));
        for (var entry : byGuard.entrySet()) {
            var parsed = entry.getValue();
            for (int from = 0; from < parsed.size(); from += BATCH) {
                var slice = parsed.subList(from, Math.min(parsed.size(), from + BATCH));
                var items = slice.stream().map(p -> new ScanIngest.Item(scanId(p), p.checkpoint().getCode(),
                        p.at().toString(), null, null, null, false)).toList();
                var results = ingest.ingest(new ScanIngest.Batch(entry.getKey(), allowed, ScanIngest.Source.WAND,
                        slice.get(0).wand().getDeviceId(), null, items));
                for (int k = 0; k < slice.size(); k++) {
                    var r = results.get(k);
                    lines.add(new Line(slice.get(k).number(), r.outcome(), r.reasonKey(), r.reasonArgs()));
                }
            }
        }
        return lines;
    }

    /** The same wand, tag and second always make the same scan id, so a file imported twice is stored once. */
    static String scanId(Parsed p) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest((p.wand().getDeviceId() + "|"
                    + p.checkpoint().getTagId() + "|" + p.at().getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            return "wand:" + HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static @Nullable Instant time(String text, ZoneId zone) {
        Instant withOffset = ScanIngest.parse(text);
        if (withOffset != null) {
            return withOffset;
        }
        for (var format : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(text.strip(), format).atZone(zone).toInstant();
            }
            catch (DateTimeParseException ex) {
                // try the next format
            }
        }
        return null;
    }

    private static boolean isHeader(String row) {
        String first = CsvText.fields(row.replace("\uFEFF", "")).get(0).toLowerCase(Locale.ROOT);
        return HEADER_WORDS.contains(first);
    }

    private static Line refused(int number, String key, Object... args) {
        return new Line(number, ScanIngest.Outcome.REJECTED, key, List.of(args));
    }

}
