package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.CheckpointId;
import org.garrison.patrols.PatrolAnomalyReported;
import org.garrison.patrols.PatrolAnomalyReported.AnomalyKind;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.IsoInstants;
import org.garrison.shared.SiteId;
import org.garrison.shared.Texts;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores uploaded scans: each is accepted, a duplicate (its id is stored already — syncing twice never
 * makes two) or refused with a reason; refusing one never refuses the others. Accepted scans keep the
 * device's time and the server's receive time, and carry the flags of {@link ScanChecks}. A scan row is its
 * own audit record (guard, device, source, both times), so uploads write no separate audit entry: one per
 * batch doubled the writes of the hottest path.
 */
@Service
public class ScanIngest {

    private final ScanStore store;

    private final CheckpointTargets checkpoints;

    private final ScanChecks checks;

    private final PatrolSettings settings;

    private final LateScans lateScans;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ScanIngest(ScanStore store, CheckpointTargets checkpoints, PatrolSettings settings, LateScans lateScans,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.lateScans = lateScans;
        this.checks = new ScanChecks(settings);
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Where scans come from. */
    public enum Source {
        PHONE, API, WAND
    }

    /**
     * One scan as a phone or device sends it; any field may be missing or wrong and is then refused. An anomaly
     * is reported as {@code kind} (a hazard when missing); an incident names its type.
     */
    public record Item(@Nullable String scanId, @Nullable String checkpointCode, @Nullable String scannedAt,
            @Nullable Double latitude, @Nullable Double longitude, @Nullable String note, boolean anomaly,
            @Nullable AnomalyKind kind, @Nullable String incidentType) {

        /** A scan whose anomaly, if any, is a hazard. */
        public Item(@Nullable String scanId, @Nullable String checkpointCode, @Nullable String scannedAt,
                @Nullable Double latitude, @Nullable Double longitude, @Nullable String note, boolean anomaly) {
            this(scanId, checkpointCode, scannedAt, latitude, longitude, note, anomaly, null, null);
        }

    }

    /**
     * An upload.
     *
     * @param deviceSentAt the device's clock when it sent the upload (to find a skewed clock), if it says
     * @param allowedSites the sites the uploader may scan at; {@code null} for every site
     */
    public record Batch(long guardUserId, @Nullable Set<Long> allowedSites, Source source, @Nullable String deviceId,
            @Nullable Instant deviceSentAt, List<Item> items) {

        /** The sites an uploader with this scope may scan at: {@code null} (every site) for a company-wide scope. */
        public static @Nullable Set<Long> sitesOf(OrganisationManagement organisation, DataScope scope) {
            return scope.isCompanyWide() ? null : organisation.siteChoices(scope).stream().map(s -> s.id().value())
                .collect(Collectors.toUnmodifiableSet());
        }

    }

    public enum Outcome {
        ACCEPTED, DUPLICATE, REJECTED
    }

    /** What became of one scan; a refusal has a message key and its arguments. */
    public record Result(String scanId, Outcome outcome, @Nullable String reasonKey, List<Object> reasonArgs,
            Set<ScanFlag> flags) {

        static Result refused(String scanId, String key, Object... args) {
            return new Result(scanId, Outcome.REJECTED, key, List.of(args), Set.of());
        }

    }

    private record Candidate(int index, String scanId, ScanStore.Target target, Instant at, Item item) {
    }

    @Transactional
    public List<Result> ingest(Batch batch) {
        if (batch.items().size() > settings.maxBatch()) {
            throw new DomainException("patrol.scan.batchTooLarge", settings.maxBatch());
        }
        Instant received = clock.instant();
        var results = new Result[batch.items().size()];
        var codes = batch.items().stream().map(Item::checkpointCode).filter(c -> c != null && !c.isBlank())
            .map(String::strip).collect(Collectors.toSet());
        Map<String, ScanStore.Target> targets = checkpoints.active(codes);
        var candidates = new ArrayList<Candidate>();
        var seen = new HashSet<String>();
        for (int i = 0; i < results.length; i++) {
            Item item = batch.items().get(i);
            String scanId = item.scanId() == null ? "" : item.scanId().strip();
            Instant at = item.scannedAt() == null ? null : IsoInstants.parse(item.scannedAt());
            Result refusal = refusal(batch, item, scanId, at, targets, received);
            if (refusal != null) {
                results[i] = refusal;
            }
            else if (!seen.add(scanId)) {
                results[i] = new Result(scanId, Outcome.DUPLICATE, null, List.of(), Set.of());
            }
            else {
                candidates.add(new Candidate(i, scanId, targets.get(item.checkpointCode().strip()), at, item));
            }
        }
        store(batch, candidates, results, received);
        return List.of(results);
    }

    private void store(Batch batch, List<Candidate> candidates, Result[] results, Instant received) {
        candidates.sort(Comparator.comparing(Candidate::at));
        Duration skew = batch.deviceSentAt() == null ? null : Duration.between(received, batch.deviceSentAt());
        ScanStore.Previous before = candidates.isEmpty() ? null
                : store.previous(batch.guardUserId(), candidates.get(0).at()).orElse(null);
        ScanChecks.Fix previous = before == null ? null : before.fix();
        ScanChecks.Spot previousSpot = before == null ? null : before.spot();
        var rows = new ArrayList<ScanStore.Row>(candidates.size());
        var flagsOf = new ArrayList<Set<ScanFlag>>(candidates.size());
        for (Candidate c : candidates) {
            var fix = new ScanChecks.Fix(c.target().id(), c.at(), c.item().latitude(), c.item().longitude());
            Set<ScanFlag> flags = checks.check(fix, c.target().spot(), previous, previousSpot, skew);
            flagsOf.add(flags);
            rows.add(new ScanStore.Row(c.scanId(), c.target().id(), c.target().siteId(), batch.guardUserId(), c.at(),
                    received, batch.source().name(), batch.deviceId(), c.item().latitude(), c.item().longitude(),
                    Texts.blankToNull(c.item().note()), flags.isEmpty() ? null
                            : flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
            previous = fix;
            previousSpot = c.target().spot();
        }
        boolean[] inserted = store.insert(rows);
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            if (!inserted[k]) {
                results[c.index()] = new Result(c.scanId(), Outcome.DUPLICATE, null, List.of(), Set.of());
                continue;
            }
            results[c.index()] = new Result(c.scanId(), Outcome.ACCEPTED, null, List.of(), flagsOf.get(k));
            if (c.item().anomaly()) {
                reportAnomaly(batch, c);
            }
        }
        settleLate(candidates, inserted, received);
    }

    /** Scans older than the clock tolerance may belong to tours that have closed meanwhile. */
    private void settleLate(List<Candidate> candidates, boolean[] inserted, Instant received) {
        Instant old = received.minus(settings.maxClockSkew());
        var late = new ArrayList<Candidate>();
        for (int k = 0; k < candidates.size(); k++) {
            if (inserted[k] && candidates.get(k).at().isBefore(old)) {
                late.add(candidates.get(k));
            }
        }
        if (!late.isEmpty()) {
            lateScans.resettle(late.stream().map(c -> c.target().siteId()).collect(Collectors.toSet()), late.get(0).at(),
                    late.get(late.size() - 1).at());
        }
    }

    private void reportAnomaly(Batch batch, Candidate c) {
        String note = c.item().note().strip();
        AnomalyKind kind = c.item().kind() == null ? AnomalyKind.HAZARD : c.item().kind();
        String type = kind == AnomalyKind.INCIDENT ? c.item().incidentType() : null;
        store.anomaly(new ScanStore.Anomaly(c.target().siteId(), c.target().id(), c.scanId(), note, batch.guardUserId(),
                c.at(), kind.name(), type));
        events.publishEvent(new PatrolAnomalyReported(c.scanId(), new SiteId(c.target().siteId()), new CheckpointId(c.target().id()),
                c.target().name(), note, new UserId(batch.guardUserId()), c.at(), kind, type));
    }

    private @Nullable Result refusal(Batch batch, Item item, String scanId, @Nullable Instant at,
            Map<String, ScanStore.Target> targets, Instant received) {
        if (scanId.isEmpty()) {
            return Result.refused(scanId, "patrol.scan.idMissing");
        }
        if (!isScanId(scanId)) {
            return Result.refused(scanId, "patrol.scan.idInvalid");
        }
        if (item.checkpointCode() == null || item.checkpointCode().isBlank()) {
            return Result.refused(scanId, "patrol.scan.codeMissing");
        }
        if (at == null) {
            return Result.refused(scanId, "patrol.scan.timeInvalid", String.valueOf(item.scannedAt()));
        }
        Instant latest = batch.deviceSentAt() != null ? batch.deviceSentAt().plus(Duration.ofMinutes(1))
                : received.plus(settings.maxClockSkew());
        if (at.isAfter(latest)) {
            return Result.refused(scanId, "patrol.scan.future", item.scannedAt());
        }
        if (at.isBefore(received.minus(settings.maxScanAge()))) {
            return Result.refused(scanId, "patrol.scan.tooOld", item.scannedAt());
        }
        if ((item.latitude() == null) != (item.longitude() == null)
                || (item.latitude() != null && (Math.abs(item.latitude()) > 90 || Math.abs(item.longitude()) > 180))) {
            return Result.refused(scanId, "patrol.scan.positionInvalid");
        }
        if (item.note() != null && item.note().length() > 500) {
            return Result.refused(scanId, "patrol.scan.noteTooLong", 500);
        }
        if (item.anomaly() && (item.note() == null || item.note().isBlank())) {
            return Result.refused(scanId, "patrol.scan.anomalyNeedsNote");
        }
        if (item.anomaly() && item.kind() == AnomalyKind.INCIDENT && !isTypeCode(item.incidentType())) {
            return Result.refused(scanId, "patrol.scan.incidentTypeNeeded");
        }
        String code = item.checkpointCode().strip();
        ScanStore.Target target = targets.get(code);
        if (target == null) {
            return Result.refused(scanId, "patrol.scan.unknownCheckpoint", code);
        }
        if (batch.allowedSites() != null && !batch.allowedSites().contains(target.siteId())) {
            return Result.refused(scanId, "patrol.scan.outOfScope", code);
        }
        return null;
    }

    /** An incident type's code: 1–32 characters of {@code A-Z _}. */
    static boolean isTypeCode(@Nullable String text) {
        return text != null && text.matches("[A-Z_]{1,32}");
    }

    /** 1–64 characters of {@code A-Z a-z 0-9 . _ : -} (a UUID, a device's counter, a wand line's hash). */
    static boolean isScanId(String text) {
        if (text.isEmpty() || text.length() > 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == ':' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }


}
