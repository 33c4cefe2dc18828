package org.garrison.siteops.preparedness;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** A drill as held: when, who took part, the summary and improvement items (one per line). */
@Schema(example = "{\"heldOn\": \"2026-12-15\", \"participants\": \"张伟、李强、王芳\", \"summary\": \"疏散用时 3 分 20 秒\", \"improvements\": \"东侧出口指示灯更换\"}")
record HoldForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
        @NotBlank @Size(max = 1000) String participants, @NotBlank @Size(max = 2000) String summary,
        @Size(max = 2000) @Nullable String improvements) {

    static HoldForm blank(LocalDate today) {
        return new HoldForm(today, "", "", "");
    }

    /**
     * Why a form that failed its checks was refused, as the one message the drills page shows at the top (the form
     * is one of a list, so the refusal goes back with the redirect).
     */
    static String problem(BindingResult errors) {
        if (errors.hasFieldErrors("heldOn")) {
            return "siteops.drill.heldOnMissing";
        }
        boolean tooLong = errors.getFieldErrors().stream().anyMatch(e -> "Size".equals(e.getCode()));
        return tooLong ? "siteops.drill.tooLong" : "siteops.drill.summaryRequired";
    }

}
