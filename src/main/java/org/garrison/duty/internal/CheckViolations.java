package org.garrison.duty.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationDraft;
import org.garrison.duty.ViolationSource;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.RosterManagement;
import org.garrison.shared.SiteId;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The violation drafts a published post check raises: its proposed penalty item against the guard it names, and —
 * when the guard found at a post is not one of those the published roster has on that post at that moment — a
 * draft of rulebook item 14 (私自调班: an approved swap would have put him on the roster), naming who was rostered.
 * Both are drafts for the team leader to confirm or dismiss; each is raised once per check.
 */
@Component
class CheckViolations {

    private final Violations violations;

    private final RosterManagement rosters;

    private final PeopleManagement people;

    private final MessageSource messages;

    CheckViolations(Violations violations, RosterManagement rosters, PeopleManagement people, MessageSource messages) {
        this.violations = violations;
        this.rosters = rosters;
        this.people = people;
        this.messages = messages;
    }

    void raise(PostCheck check) {
        if (check.wantsViolation()) {
            long violation = violations.raise(new ViolationDraft(new EmployeeId(Objects.requireNonNull(check.getGuardId())),
                    new SiteId(check.getSiteId()), check.getCheckedAt(), Objects.requireNonNull(check.getProposedItem()),
                    ViolationSource.POST_CHECK, Objects.requireNonNullElse(check.getFindings(), ""),
                    "/duty/checks/" + check.getId(), "check:" + check.getId()));
            check.violationRaised(violation);
        }
        unrostered(check);
    }

    private void unrostered(PostCheck check) {
        Long guard = check.getGuardId();
        Long post = check.getPostId();
        if (!check.isPublished() || !check.isGuardPresent() || guard == null || post == null) {
            return;
        }
        var onPost = rosters.publishedShiftsCovering(new SiteId(check.getSiteId()), check.getCheckedAt())
            .stream()
            .filter(s -> s.post().value() == post)
            .toList();
        if (onPost.isEmpty() || onPost.stream().anyMatch(s -> s.employee().value() == guard)) {
            return;
        }
        String rostered = onPost.stream().map(s -> people.nameOf(s.employee())).distinct().collect(Collectors.joining("、"));
        violations.raise(new ViolationDraft(new EmployeeId(guard), new SiteId(check.getSiteId()), check.getCheckedAt(),
                PenaltyItem.UNAUTHORISED_SWAP, ViolationSource.ROSTER_SWAP,
                messages.getMessage("duty.violation.unrostered", new Object[] { rostered }, Locale.SIMPLIFIED_CHINESE),
                "/duty/checks/" + check.getId(), "unrostered:check:" + check.getId()));
    }

}
