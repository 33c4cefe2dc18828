package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A multiple-choice question for a course's online exam: four options and the right one. */
record QuestionForm(@Schema(example = "发现火情首先应该做什么？") @NotBlank @Size(max = 300) String question,
        @Schema(example = "立即报警并报告") @NotBlank @Size(max = 200) String optionA,
        @Schema(example = "自行离开") @NotBlank @Size(max = 200) String optionB,
        @Schema(example = "拍照留证") @NotBlank @Size(max = 200) String optionC,
        @Schema(example = "等待通知") @NotBlank @Size(max = 200) String optionD,
        @Schema(example = "A") @NotBlank @Pattern(regexp = "[ABCD]") String correct) {

    List<String> options() {
        return List.of(optionA, optionB, optionC, optionD);
    }

}
