package org.garrison.siteops.preparedness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.siteops.internal.IncidentType;
import org.jspecify.annotations.Nullable;

/** What the preparedness API answers: emergency plans, drills, resources and an incident's response. */
final class PreparednessApiViews {

    private PreparednessApiViews() {
    }

    @Schema(description = "An emergency plan (应急预案); status DRAFT, SUBMITTED, APPROVED or REJECTED; steps one per line")
    record PlanResponse(long id, long siteId, @Schema(example = "鹏城银行福田支行") String siteName, IncidentType type,
            @Schema(example = "营业厅火灾应急预案") String title, EmergencyPlan.Status status,
            @Schema(example = "发现烟雾立即按下报警按钮") String warningSteps, String activationSteps, String handlingSteps,
            String recoverySteps, @Nullable String resources, @Nullable String contacts, @Nullable String evacuation,
            @Schema(example = "保安部经理") String authorName, @Nullable String decidedBy, @Nullable Instant decidedAt,
            @Nullable String decisionNote) {

        static PlanResponse of(EmergencyPlan p, Map<Long, String> siteNames) {
            return new PlanResponse(p.getId(), p.getSiteId(), siteNames.getOrDefault(p.getSiteId(), ""),
                    p.getIncidentType(), p.getTitle(), p.getStatus(), p.getWarningSteps(), p.getActivationSteps(),
                    p.getHandlingSteps(), p.getRecoverySteps(), p.getResources(), p.getContacts(), p.getEvacuation(),
                    p.getAuthorName(), p.getDecidedBy(), p.getDecidedAt(), p.getDecisionNote());
        }

    }

    @Schema(description = "A drill (演练); status PLANNED or HELD; improvements one item per entry")
    record DrillResponse(long id, long siteId, @Schema(example = "鹏城银行福田支行") String siteName,
            @Schema(example = "冬季消防疏散演练") String title, @Schema(example = "2026-12-15") LocalDate plannedOn,
            Drill.Status status, @Nullable LocalDate heldOn, @Nullable String participants, @Nullable String summary,
            List<String> improvements) {

        static DrillResponse of(Drill d, Map<Long, String> siteNames) {
            return new DrillResponse(d.getId(), d.getSiteId(), siteNames.getOrDefault(d.getSiteId(), ""), d.getTitle(),
                    d.getPlannedOn(), d.getStatus(), d.getHeldOn(), d.getParticipants(), d.getSummary(),
                    d.improvementItems());
        }

    }

    @Schema(description = "An emergency resource (灭火器, 急救箱…) with its check cycle; checkDue and expired as of today")
    record ResourceResponse(long id, long siteId, @Schema(example = "鹏城银行福田支行") String siteName,
            EmergencyResource.Kind kind, @Schema(example = "干粉灭火器 4kg") String name,
            @Schema(example = "营业厅东侧") String location, @Schema(example = "4") int quantity,
            @Schema(example = "30") int checkEveryDays, LocalDate nextCheck, @Nullable LocalDate lastChecked,
            @Nullable Boolean lastCheckOk, @Nullable String lastCheckNote, @Nullable LocalDate expiresOn,
            boolean checkDue, boolean expired) {

        static ResourceResponse of(EmergencyResource r, Map<Long, String> siteNames, LocalDate today) {
            return new ResourceResponse(r.getId(), r.getSiteId(), siteNames.getOrDefault(r.getSiteId(), ""), r.getKind(),
                    r.getName(), r.getLocation(), r.getQuantity(), r.getCheckEveryDays(), r.getNextCheck(),
                    r.getLastChecked(), r.getLastCheckOk(), r.getLastCheckNote(), r.getExpiresOn(), r.isCheckDue(today),
                    r.isExpired(today));
        }

    }

    @Schema(description = "The emergency response of an incident: the activated plan's steps, each done or not")
    record ResponseResponse(long incidentId, long planId, @Schema(example = "营业厅火灾应急预案") String planTitle,
            Instant activatedAt, String activatedBy, @Nullable ResponsePhase currentPhase, boolean finished,
            List<StepResponse> steps) {

        static ResponseResponse of(EmergencyResponse r) {
            return new ResponseResponse(r.getIncidentId(), r.getPlanId(), r.getPlanTitle(), r.getActivatedAt(),
                    r.getActivatedBy(), r.currentPhase(), r.isFinished(), r.getSteps().stream()
                        .map(s -> new StepResponse(s.getPosition(), s.getPhase(), s.getStepText(), s.isDone(),
                                s.getDoneAt(), s.getDoneBy()))
                        .toList());
        }

    }

    record StepResponse(int position, ResponsePhase phase, @Schema(example = "疏散营业厅客户") String step, boolean done,
            @Nullable Instant doneAt, @Nullable String doneBy) {
    }

}
