package org.garrison.people.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A multiple-choice question for a course's online exam: four options and the right one. */
record QuestionForm(@NotBlank @Size(max = 300) String question, @NotBlank @Size(max = 200) String optionA,
        @NotBlank @Size(max = 200) String optionB, @NotBlank @Size(max = 200) String optionC,
        @NotBlank @Size(max = 200) String optionD, @NotBlank @Pattern(regexp = "[ABCD]") String correct) {

    List<String> options() {
        return List.of(optionA, optionB, optionC, optionD);
    }

}
