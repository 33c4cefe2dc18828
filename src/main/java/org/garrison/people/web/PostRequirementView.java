package org.garrison.people.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.people.internal.PostRequirements.PostCertificates;

/** API view of what a post requires: its certificate kinds, in a fixed order. */
record PostRequirementView(@Schema(example = "11") long postId, @Schema(example = "1") long siteId,
        @Schema(example = "监控室") String postName, @Schema(example = "[\"COMPUTER_SKILLS\"]") List<String> certificates) {

    static PostRequirementView of(PostCertificates requirement) {
        return new PostRequirementView(requirement.post().id().value(), requirement.post().site().value(),
                requirement.post().name(), requirement.sorted().stream().map(Enum::name).toList());
    }

}
