package org.garrison.siteops.preparedness;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.preparedness.EmergencyPlan.Content;
import org.jspecify.annotations.Nullable;

/** An emergency plan as its author writes it: steps one per line for each phase of the response. */
@Schema(example = "{\"siteId\": 11, \"type\": \"FIRE\", \"title\": \"营业厅火灾应急预案\", \"warningSteps\": \"发现烟雾立即按下报警按钮\", \"activationSteps\": \"通知值班主管\\n拨打 119\", \"handlingSteps\": \"使用灭火器初期扑救\\n疏散营业厅客户\", \"recoverySteps\": \"清点人数\\n保护现场\", \"resources\": \"灭火器 4 具\", \"contacts\": \"值班主管 138xxxx0000\", \"evacuation\": \"经东侧安全出口至广场\"}")
record PlanForm(@NotNull @Nullable Long siteId, @NotNull @Nullable IncidentType type, @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String warningSteps, @NotBlank @Size(max = 2000) String activationSteps,
        @NotBlank @Size(max = 2000) String handlingSteps, @NotBlank @Size(max = 2000) String recoverySteps,
        @Size(max = 1000) @Nullable String resources, @Size(max = 1000) @Nullable String contacts,
        @Size(max = 1000) @Nullable String evacuation) {

    static PlanForm blank(@Nullable Long siteId) {
        return new PlanForm(siteId, IncidentType.FIRE, "", "", "", "", "", "", "", "");
    }

    static PlanForm of(EmergencyPlan plan) {
        return new PlanForm(plan.getSiteId(), plan.getIncidentType(), plan.getTitle(), plan.getWarningSteps(),
                plan.getActivationSteps(), plan.getHandlingSteps(), plan.getRecoverySteps(), plan.getResources(),
                plan.getContacts(), plan.getEvacuation());
    }

    /** Only called once validation passed. */
    Content content() {
        return new Content(Objects.requireNonNull(type), title, warningSteps, activationSteps, handlingSteps, recoverySteps,
                resources, contacts, evacuation);
    }

}
