package org.garrison.contracts.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.contracts.internal.Commitment;
import org.garrison.contracts.internal.Meeting;
import org.garrison.contracts.internal.RelationQueries.MeetingRecord;
import org.garrison.contracts.internal.ReturnVisit;
import org.garrison.contracts.internal.Visit;
import org.jspecify.annotations.Nullable;

/** Client-relation records as the API shows them. */
final class RelationViews {

    private RelationViews() {
    }

    @Schema(name = "ClientVisit", description = "A visit to a client (客户拜访): planned, recorded, reported")
    record VisitView(@Schema(example = "21") long id, @Schema(example = "4") long clientId,
            @Schema(example = "季度服务回顾") String purpose, @Schema(example = "物业经理 李娜") String visitee,
            @Schema(example = "2026-12-10") LocalDate plannedOn, @Schema(example = "客服 陈静") String plannedBy,
            @Schema(example = "RECORDED", allowableValues = { "PLANNED", "RECORDED", "REPORTED" }) String status,
            @Nullable LocalDate visitedOn, @Nullable String peopleMet, @Nullable String discussed,
            @Nullable String opinions, @Nullable String report) {

        static VisitView of(Visit v) {
            return new VisitView(v.getId(), v.getClientId(), v.getPurpose(), v.getVisitee(), v.getPlannedOn(),
                    v.getPlannedBy(), v.getStatus().name(), v.getVisitedOn(), v.getPeopleMet(), v.getDiscussed(),
                    v.getOpinions(), v.getReport());
        }

    }

    @Schema(name = "Commitment", description = "A commitment made on a visit or an action item of a meeting")
    record CommitmentView(@Schema(example = "7") long id, @Schema(example = "4") long clientId,
            @Schema(example = "VISIT", allowableValues = { "VISIT", "MEETING" }) String source,
            @Schema(example = "21") long sourceId, @Schema(example = "夜班增加一次巡逻") String what,
            @Schema(example = "项目经理 赵强") String owner, @Schema(example = "2026-12-20") LocalDate due,
            @Nullable LocalDate keptOn, @Nullable String keptNote,
            @Schema(description = "Not kept and past its due day (business calendar)") boolean overdue) {

        static CommitmentView of(Commitment c, LocalDate today) {
            return new CommitmentView(c.getId(), c.getClientId(), c.getSource().name(), c.getSourceId(), c.getWhat(),
                    c.getOwner(), c.getDue(), c.getKeptOn(), c.getKeptNote(), c.isOverdue(today));
        }

    }

    @Schema(name = "ReturnVisit", description = "A return visit (回访) and its outcome")
    record ReturnVisitView(@Schema(example = "9") long id, @Schema(example = "4") long clientId,
            @Schema(example = "PHONE", allowableValues = { "PHONE", "ON_SITE", "QUESTIONNAIRE" }) String method,
            @Schema(example = "2027-01-05") LocalDate scheduledOn,
            @Schema(description = "Repeats every this many months; absent: once", example = "3") @Nullable Integer repeatMonths,
            @Nullable LocalDate doneOn, @Nullable String outcome, @Nullable Boolean satisfied) {

        static ReturnVisitView of(ReturnVisit r) {
            return new ReturnVisitView(r.getId(), r.getClientId(), r.getMethod().name(), r.getScheduledOn(),
                    r.getRepeatMonths(), r.getDoneOn(), r.getOutcome(), r.getSatisfied());
        }

    }

    @Schema(name = "ClientMeeting", description = "A communication meeting with a client (客户沟通会)")
    record MeetingView(@Schema(example = "3") long id, @Schema(example = "4") long clientId,
            @Schema(example = "2026-12-03") LocalDate heldOn, @Schema(example = "年终服务沟通会") String topic,
            @Schema(example = "李娜, 赵强, 陈静") String attendees, @Schema(example = "双方确认明年岗位调整方案。") String minutes) {

        static MeetingView of(Meeting m) {
            return new MeetingView(m.getId(), m.getClientId(), m.getHeldOn(), m.getTopic(), m.getAttendees(),
                    m.getMinutes());
        }

    }

    @Schema(name = "ClientMeetingWithItems", description = "A communication meeting with its action items, open ones first by due day")
    record MeetingDetail(@Schema(example = "3") long id, @Schema(example = "4") long clientId,
            @Schema(example = "2026-12-03") LocalDate heldOn, @Schema(example = "年终服务沟通会") String topic,
            @Schema(example = "李娜, 赵强, 陈静") String attendees, @Schema(example = "双方确认明年岗位调整方案。") String minutes,
            List<CommitmentView> items) {

        static MeetingDetail of(MeetingRecord record, LocalDate today) {
            var m = record.meeting();
            return new MeetingDetail(m.getId(), m.getClientId(), m.getHeldOn(), m.getTopic(), m.getAttendees(),
                    m.getMinutes(), record.items().stream().map(c -> CommitmentView.of(c, today)).toList());
        }

    }

}
