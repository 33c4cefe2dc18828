package org.garrison.people.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.PeopleQueries;
import org.garrison.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The recruitment board's counts per channel over REST, within the caller's data scope. */
@RestController
@Tag(name = "Recruitment", description = "Applicants (应聘人员) and their moves through the pipeline")
class RecruitmentChannelApiController {

    private final PeopleQueries queries;

    private final MessageSource messages;

    RecruitmentChannelApiController(PeopleQueries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/api/v1/people/recruitment/channels")
    @PreAuthorize("hasAnyAuthority('RECRUITMENT_MANAGE', 'ELIGIBILITY_OVERRIDE')")
    @Operation(summary = "Applicants per recruitment channel",
            description = "Every channel (招聘渠道) in a fixed order with its label in the caller's language, the applicants "
                    + "in the caller's scope who came through it and how many of them were hired, as on the recruitment "
                    + "board. A short list, answered whole.")
    List<ChannelCountView> channels(Locale locale) {
        return queries.channelCounts(CurrentUser.require().scope())
            .stream()
            .map(count -> ChannelCountView.of(count, messages.getMessage(count.channel().messageKey(), null, locale)))
            .toList();
    }

}
