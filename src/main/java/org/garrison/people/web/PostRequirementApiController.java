package org.garrison.people.web;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.PostRequirements;
import org.garrison.shared.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The certificates a post requires (岗位证书要求) over REST, as on the post requirements page. */
@RestController
@RequestMapping("/api/v1/people/posts/{postId}/certificate-requirements")
@Tag(name = "Recruitment", description = "Applicants (应聘人员) and their moves through the pipeline")
class PostRequirementApiController {

    private final PostRequirements requirements;

    PostRequirementApiController(PostRequirements requirements) {
        this.requirements = requirements;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "The certificates a post requires",
            description = "404 when the post is unknown, retired or of a site outside the caller's scope.")
    PostRequirementView show(@PathVariable long postId) {
        return PostRequirementView.of(requirements.get(CurrentUser.require().scope(), postId));
    }

    @PutMapping
    @PreAuthorize("hasAuthority('ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "Set the certificates a post requires",
            description = "Replaces the post's list (an empty or absent list lifts every requirement); audited. Applicants "
                    + "on a plan for the post must have shown each kind before the offer, and a guard is put on duty at "
                    + "the post only with a valid certificate of each kind. 400 for an unknown kind; 404 when the post is "
                    + "unknown, retired or of a site outside the caller's scope.")
    PostRequirementView change(@PathVariable long postId, @Valid @RequestBody PostRequirementForm form) {
        return PostRequirementView.of(requirements.change(CurrentUser.require().scope(), postId, form.kinds()));
    }

}
