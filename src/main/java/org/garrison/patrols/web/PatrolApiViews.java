package org.garrison.patrols.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.patrols.RateIndicator;
import org.garrison.patrols.RateRow;
import org.garrison.patrols.TrendPoint;
import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.FlagState;
import org.garrison.patrols.internal.PatrolMode;
import org.garrison.patrols.internal.Route;
import org.garrison.patrols.internal.Schedule;
import org.garrison.patrols.internal.TourBoard;
import org.garrison.patrols.internal.TourCheckpoints;
import org.garrison.patrols.internal.TourScans;
import org.jspecify.annotations.Nullable;

/** What the patrol API answers: checkpoints, routes, schedules, tours and completion rates. Times are UTC instants. */
final class PatrolApiViews {

    private PatrolApiViews() {
    }

    @Schema(description = "A checkpoint (巡逻点) with its printed code")
    record CheckpointResponse(long id, long siteId, @Schema(example = "CP-7KQ2M9XA") String code,
            @Schema(example = "大门岗") String name, @Schema(example = "正门东侧立柱") @Nullable String locationNote,
            @Schema(example = "22.5431") @Nullable Double latitude, @Schema(example = "114.0579") @Nullable Double longitude,
            @Schema(example = "50") @Nullable Integer radiusMetres, boolean keyArea,
            @Schema(example = "04A1B2C3") @Nullable String tagId, boolean active) {

        static CheckpointResponse of(Checkpoint c) {
            return new CheckpointResponse(c.getId(), c.getSiteId(), c.getCode(), c.getName(), c.getLocationNote(),
                    c.getLatitude(), c.getLongitude(), c.getRadiusMetres(), c.isKeyArea(), c.getTagId(), c.isActive());
        }

    }

    @Schema(description = "A patrol route: its checkpoints in walking order (ids, printed codes and names)")
    record RouteResponse(long id, long siteId, @Schema(example = "夜间外围巡逻") String name, boolean ordered,
            PatrolMode mode, @Schema(example = "5") int minutesBetween, boolean active, List<Long> checkpointIds,
            @Schema(example = "[\"CP-7KQ2M9XA\", \"CP-3HD8WQ2N\"]") List<String> checkpointCodes,
            @Schema(example = "[\"大门岗\", \"地下车库\"]") List<String> checkpointNames) {

        static RouteResponse of(Route r, Map<Long, Checkpoint> checkpoints) {
            var points = r.getCheckpointIds().stream().map(checkpoints::get).toList();
            return new RouteResponse(r.getId(), r.getSiteId(), r.getName(), r.isOrdered(), r.getMode(),
                    r.getMinutesBetween(), r.isActive(), List.copyOf(r.getCheckpointIds()),
                    points.stream().map(c -> c == null ? "" : c.getCode()).toList(),
                    points.stream().map(c -> c == null ? "" : c.getName()).toList());
        }

    }

    @Schema(description = "When a route is walked and by whom: a post's holder, a named guard, or whoever is on duty "
            + "(postId and guard both null). Times of day in the business zone; past midnight when endsAt < startsAt.")
    record ScheduleResponse(long id, long routeId, long siteId, @Schema(example = "20:00") LocalTime startsAt,
            @Schema(example = "06:00") LocalTime endsAt, @Schema(example = "120") int everyMinutes,
            @Schema(example = "15") int toleranceMinutes, boolean randomised, @Nullable Long postId,
            @Nullable Long guardUserId, @Schema(example = "guard") @Nullable String guard, boolean active,
            Instant createdAt) {

        static ScheduleResponse of(Schedule s, @Nullable String guardName) {
            var t = s.timing();
            return new ScheduleResponse(s.getId(), s.getRouteId(), s.getSiteId(), t.startsAt(), t.endsAt(),
                    t.everyMinutes(), t.toleranceMinutes(), t.randomised(), s.getPostId(), s.getGuardUserId(),
                    guardName, s.isActive(), s.getCreatedAt());
        }

    }

    @Schema(description = "A tour as the board shows it; status UPCOMING, IN_PROGRESS, DONE, LATE or MISSED. A tour in "
            + "progress counts its scans so far (scanned of due); flagged is how many of its scans await review")
    record TourResponse(long id, long siteId, @Schema(example = "夜间外围巡逻") String routeName,
            @Schema(example = "大门岗") @Nullable String postName, @Schema(example = "张伟") @Nullable String guardName,
            @Schema(example = "2026-12-07T12:00:00Z") Instant windowStart,
            @Schema(example = "2026-12-07T12:45:00Z") Instant closesAt, TourBoard.BoardStatus status,
            @Schema(example = "6") int due, @Schema(example = "3") int scanned, @Schema(example = "3") int onTime, int late,
            int missed, int outOfOrder, @Schema(example = "1") int flagged, boolean awaitingAcknowledgement) {

        static TourResponse of(TourBoard.Row r) {
            return new TourResponse(r.id(), r.siteId(), r.routeName(), r.postName(), r.guardName(), r.windowStart(),
                    r.closesAt(), r.status(), r.due(), r.scanned(), r.onTime(), r.late(), r.missed(), r.outOfOrder(),
                    r.flagged(), r.awaitingAcknowledgement());
        }

    }

    @Schema(description = "A tour with each checkpoint's outcome (PENDING, ON_TIME, LATE, MISSED), the scans made at "
            + "its checkpoints during its window with their flags (FAR_AWAY, CLOCK_SKEW, TOO_FAST), and the "
            + "acknowledgement of its alert")
    record TourDetailResponse(TourResponse tour, List<PointResponse> points, List<ScanResponse> scans,
            @Schema(example = "已电话核实，保安临时处置警情") @Nullable String acknowledgement) {
    }

    record PointResponse(@Schema(example = "1") int position, @Schema(example = "CP-7KQ2M9XA") String code,
            @Schema(example = "大门岗") String name, Instant deadline, String outcome, @Nullable Instant scannedAt,
            @Schema(description = "scan ids that carry a photo") List<String> photoScanIds) {

        static PointResponse of(TourCheckpoints.PointRow p) {
            return new PointResponse(p.position(), p.code(), p.name(), p.deadline(), p.outcome().name(), p.scannedAt(),
                    p.photos().stream().map(photo -> photo.scanId()).distinct().toList());
        }

    }

    record ScanResponse(@Schema(example = "3f1c2d8e-5b7a-4e21-9c4d-2a6b8e0f1d3c") String scanId, long checkpointId,
            @Schema(example = "CP-7KQ2M9XA") String checkpointCode, long guardUserId, Instant scannedAt,
            Instant receivedAt, @Schema(example = "API") String source,
            @Schema(example = "[\"FAR_AWAY\"]") List<String> flags, @Nullable String note,
            @Schema(description = "The review of a flagged scan (OPEN, ACCEPTED, REJECTED); null when not flagged",
                    example = "REJECTED") @Nullable FlagState reviewState,
            @Schema(description = "Who decided the review last", example = "主管 李强") @Nullable String reviewerName,
            @Schema(example = "两点相距 400 米，不可能 1 分钟走到") @Nullable String reviewComment, @Nullable Instant reviewedAt) {

        static ScanResponse of(TourScans.Scan s) {
            return new ScanResponse(s.scanId(), s.checkpointId(), s.checkpointCode(), s.guardUserId(), s.scannedAt(),
                    s.receivedAt(), s.source(), s.flags().stream().map(Enum::name).toList(), s.note(), s.review(),
                    s.reviewerName(), s.reviewComment(), s.reviewedAt());
        }

    }

    @Schema(description = "The completion rate (巡逻到位率) of a guard, site or branch over a period: checkpoints due, "
            + "scanned on time, late and missed; rate = onTime / due (按时到位率), presenceRate = (due - missed) / due "
            + "(到位率), punctualityRate = onTime / (onTime + late) (准时率), appraisalRate = the one the company "
            + "appraises by; all in per cent (one decimal), null when nothing was due (punctuality: nothing scanned)")
    record RateResponse(long id, @Schema(example = "鹏城银行福田支行") String name, @Schema(example = "120") long due,
            @Schema(example = "114") long onTime, @Schema(example = "4") long late, @Schema(example = "2") long missed,
            @Schema(example = "95.0") @Nullable Double rate, @Schema(example = "98.3") @Nullable Double presenceRate,
            @Schema(example = "96.6") @Nullable Double punctualityRate, @Schema(example = "95.0") @Nullable Double appraisalRate,
            @Schema(example = "ON_TIME") RateIndicator appraisalIndicator) {

        static RateResponse of(RateRow row, RateIndicator indicator) {
            var r = row.rate();
            return new RateResponse(row.id(), row.name(), r.due(), r.onTime(), r.late(), r.missed(), percent(r),
                    r.due() == 0 ? null : percent(r.presence()),
                    r.onTime() + r.late() == 0 ? null : percent(r.punctuality()),
                    r.due() == 0 ? null : percent(r.rate(indicator)), indicator);
        }

    }

    record TrendResponse(@Schema(example = "2026-12-06") LocalDate day, long due, long onTime,
            @Schema(example = "96.5") @Nullable Double rate) {

        static TrendResponse of(TrendPoint p) {
            return new TrendResponse(p.day(), p.rate().due(), p.rate().onTime(), percent(p.rate()));
        }

    }

    static @Nullable Double percent(org.garrison.patrols.CompletionRate rate) {
        return rate.due() == 0 ? null : percent(rate.rate());
    }

    static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

}
