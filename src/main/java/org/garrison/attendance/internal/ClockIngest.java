package org.garrison.attendance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.garrison.people.EmployeeId;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.DomainException;
import org.garrison.shared.IsoInstants;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores clock events as phones (their offline queue) and devices send them: each is accepted (with evidence flags),
 * a duplicate (its id is stored already: syncing twice never makes two) or refused with a reason; refusing one never
 * refuses the others. A guard clocks only his own published shifts. The event row is its own audit record (who,
 * device, source, both times). Events for a shift older than the sweep's look-back work its attendance out at once.
 */
@Service
public class ClockIngest {

    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]+");

    private final ClockEvents store;

    private final RosterManagement rosters;

    private final SiteRules rules;

    private final ShiftResults shiftResults;

    private final AttendanceSettings settings;

    private final Clock clock;

    ClockIngest(ClockEvents store, RosterManagement rosters, SiteRules rules, ShiftResults results,
            AttendanceSettings settings, Clock clock) {
        this.store = store;
        this.rosters = rosters;
        this.rules = rules;
        this.shiftResults = results;
        this.settings = settings;
        this.clock = clock;
    }

    public enum Source {
        PHONE, API
    }

    public enum Outcome {
        ACCEPTED, DUPLICATE, REJECTED
    }

    /** One event as sent; any field may be missing or wrong and is then refused. */
    public record Item(@Nullable String eventId, @Nullable Long shiftId, @Nullable String kind,
            @Nullable String occurredAt, @Nullable Double latitude, @Nullable Double longitude) {
    }

    /**
     * An upload by a guard.
     *
     * @param employee the employee the signed-in user is; {@code null} when the account is no employee (every event
     *     is then refused as not his shift)
     * @param deviceSentAt the device's clock when it sent the upload, to find a clock that is off
     */
    public record Batch(@Nullable EmployeeId employee, long userId, Source source, @Nullable String deviceId,
            @Nullable Instant deviceSentAt, List<Item> items) {
    }

    /** What became of one event; a refusal has a message key and its arguments. */
    public record Result(String eventId, Outcome outcome, @Nullable String reasonKey, List<Object> reasonArgs,
            Set<ClockFlag> flags) {

        static Result refused(String eventId, String key, Object... args) {
            return new Result(eventId, Outcome.REJECTED, key, List.of(args), Set.of());
        }

    }

    private record Candidate(int index, ClockEvents.Row row, Set<ClockFlag> flags) {
    }

    @Transactional
    public List<Result> ingest(Batch batch) {
        if (batch.items().isEmpty()) {
            throw new DomainException("attendance.clock.batchEmpty");
        }
        if (batch.items().size() > settings.maxBatch()) {
            throw new DomainException("attendance.clock.batchTooLarge", settings.maxBatch());
        }
        Instant received = clock.instant();
        boolean skewed = batch.deviceSentAt() != null
                && Duration.between(received, batch.deviceSentAt()).abs().compareTo(settings.maxClockSkew()) > 0;
        Map<Long, DutyShift> shifts = new HashMap<>();
        rosters.publishedShifts(batch.items().stream().map(Item::shiftId).filter(id -> id != null).map(ShiftId::new)
            .collect(Collectors.toSet())).forEach(s -> shifts.put(s.id().value(), s));
        var siteIds = shifts.values().stream().map(s -> s.site().value()).collect(Collectors.toSet());
        var siteRules = rules.of(siteIds);
        var checkpoints = rules.checkpoints(siteRules.values().stream().filter(SiteRule::geofenceEnabled)
            .map(SiteRule::siteId).toList());
        var results = new Result[batch.items().size()];
        var candidates = new ArrayList<Candidate>();
        var seen = new HashSet<String>();
        for (int i = 0; i < results.length; i++) {
            Item item = batch.items().get(i);
            String eventId = item.eventId() == null ? "" : item.eventId().strip();
            Instant at = item.occurredAt() == null ? null : IsoInstants.parse(item.occurredAt());
            DutyShift shift = item.shiftId() == null ? null : shifts.get(item.shiftId());
            Result refusal = refusal(batch, item, eventId, at, shift, received);
            if (refusal != null) {
                results[i] = refusal;
            }
            else if (!seen.add(eventId)) {
                results[i] = new Result(eventId, Outcome.DUPLICATE, null, List.of(), Set.of());
            }
            else {
                var flags = EnumSet.noneOf(ClockFlag.class);
                Geofence.check(siteRules.get(shift.site().value()),
                        checkpoints.getOrDefault(shift.site().value(), List.of()), item.latitude(), item.longitude())
                    .ifPresent(flags::add);
                if (skewed) {
                    flags.add(ClockFlag.CLOCK_SKEW);
                }
                candidates.add(new Candidate(i, new ClockEvents.Row(eventId, shift.id().value(), shift.employee().value(),
                        shift.site().value(), ClockKind.valueOf(item.kind().strip()), at, received, batch.source().name(),
                        batch.deviceId(), item.latitude(), item.longitude(), flagText(flags), null, batch.userId()), flags));
            }
        }
        boolean[] inserted = store.insert(candidates.stream().map(Candidate::row).toList());
        var old = new ArrayList<DutyShift>();
        Instant sweptFrom = received.minus(settings.lookBack());
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            results[c.index()] = inserted[k] ? new Result(c.row().eventId(), Outcome.ACCEPTED, null, List.of(), c.flags())
                    : new Result(c.row().eventId(), Outcome.DUPLICATE, null, List.of(), Set.of());
            DutyShift shift = shifts.get(c.row().shiftId());
            if (inserted[k] && shift.starts().isBefore(sweptFrom) && !old.contains(shift)) {
                old.add(shift);
            }
        }
        shiftResults.settle(old, received);
        return List.of(results);
    }

    static @Nullable String flagText(Set<ClockFlag> flags) {
        return flags.isEmpty() ? null : flags.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private @Nullable Result refusal(Batch batch, Item item, String eventId, @Nullable Instant at,
            @Nullable DutyShift shift, Instant received) {
        if (eventId.isEmpty()) {
            return Result.refused(eventId, "attendance.clock.idMissing");
        }
        if (!isEventId(eventId)) {
            return Result.refused(eventId, "attendance.clock.idInvalid");
        }
        if (item.kind() == null || !(item.kind().strip().equals("IN") || item.kind().strip().equals("OUT"))) {
            return Result.refused(eventId, "attendance.clock.kindInvalid");
        }
        if (item.shiftId() == null) {
            return Result.refused(eventId, "attendance.clock.shiftMissing");
        }
        if (at == null) {
            return Result.refused(eventId, "attendance.clock.timeInvalid", String.valueOf(item.occurredAt()));
        }
        Instant latest = batch.deviceSentAt() != null ? batch.deviceSentAt().plus(Duration.ofMinutes(1))
                : received.plus(settings.maxClockSkew());
        if (at.isAfter(latest)) {
            return Result.refused(eventId, "attendance.clock.future");
        }
        if (at.isBefore(received.minus(settings.maxEventAge()))) {
            return Result.refused(eventId, "attendance.clock.tooOld");
        }
        if ((item.latitude() == null) != (item.longitude() == null)
                || (item.latitude() != null && (Math.abs(item.latitude()) > 90 || Math.abs(item.longitude()) > 180))) {
            return Result.refused(eventId, "attendance.clock.positionInvalid");
        }
        if (shift == null || batch.employee() == null || !shift.employee().equals(batch.employee())) {
            return Result.refused(eventId, "attendance.clock.notYourShift", item.shiftId());
        }
        if (at.isBefore(shift.starts().minus(settings.clockWindow())) || at.isAfter(shift.ends().plus(settings.clockWindow()))) {
            return Result.refused(eventId, "attendance.clock.outsideShift", settings.clockWindow().toHours());
        }
        return null;
    }

    /** 1–64 characters of {@code A-Z a-z 0-9 . _ : -} (a UUID made on the phone, a device's counter). */
    static boolean isEventId(String text) {
        return text.length() <= 64 && EVENT_ID.matcher(text).matches();
    }


}
