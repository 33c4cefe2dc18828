package org.garrison.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationDraft;
import org.garrison.duty.ViolationSource;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Rulebook item 14 (私自调班) from the post-check book: a guard found at a post the published roster has someone else
 * on becomes a draft naming who was rostered; the rostered guard, an absent guard, a check without a post or a post
 * nobody is rostered on raise nothing.
 */
class CheckViolationsTests {

    private static final SiteId SITE = new SiteId(11);

    private static final long GATE = 5;

    private static final Instant AT = Instant.parse("2026-12-06T14:00:00Z");

    private final Violations violations = mock(Violations.class);

    private final RosterManagement rosters = mock(RosterManagement.class);

    private final PeopleManagement people = mock(PeopleManagement.class);

    private CheckViolations raising;

    @BeforeEach
    void setUp() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/duty");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        raising = new CheckViolations(violations, rosters, people, messages);
        when(people.nameOf(new EmployeeId(8))).thenReturn("何勇");
        when(rosters.publishedShiftsCovering(SITE, AT)).thenReturn(List.of(shift(8, GATE), shift(9, 6)));
        when(violations.raise(any())).thenReturn(99L);
    }

    private static DutyShift shift(long employee, long post) {
        return new DutyShift(new ShiftId(employee * 100), LocalDate.of(2026, 12, 6), SITE, new PostId(post), "大门岗",
                new EmployeeId(employee), "白班", AT.minusSeconds(3600), AT.plusSeconds(3600));
    }

    private static PostCheck check(@Nullable Long post, long guard, boolean present, CheckKind kind) {
        var check = new PostCheck(SITE.value(), post, 3, "队长 何勇", CheckerRole.TEAM_LEADER, kind, AT,
                LocalDate.of(2026, 12, 6), guard, "马超", present, Set.of(), null, present ? null : LocalDate.of(2026, 12, 7),
                null);
        ReflectionTestUtils.setField(check, "id", 42L);
        return check;
    }

    @Test
    void aGuardFoundOnAPostSomeoneElseIsRosteredOnIsADraftOfItem14NamingTheRosteredGuard() {
        raising.raise(check(GATE, 7, true, CheckKind.SURPRISE));

        var draft = ArgumentCaptor.forClass(ViolationDraft.class);
        verify(violations).raise(draft.capture());
        assertThat(draft.getValue().employee()).isEqualTo(new EmployeeId(7));
        assertThat(draft.getValue().item()).isEqualTo(PenaltyItem.UNAUTHORISED_SWAP);
        assertThat(draft.getValue().source()).isEqualTo(ViolationSource.ROSTER_SWAP);
        assertThat(draft.getValue().occurredAt()).isEqualTo(AT);
        assertThat(draft.getValue().note()).isEqualTo("查岗时在岗人员不是本岗排班人员，且无已批准的调班（本岗排班：何勇）");
        assertThat(draft.getValue().evidenceLink()).isEqualTo("/duty/checks/42");
        assertThat(draft.getValue().sourceKey()).isEqualTo("unrostered:check:42");
    }

    @Test
    void theRosteredGuardAnAbsentGuardOrACheckWithoutAPostRaiseNothing() {
        raising.raise(check(GATE, 8, true, CheckKind.ROUTINE));
        raising.raise(check(GATE, 7, false, CheckKind.ROUTINE));
        raising.raise(check(null, 7, true, CheckKind.ROUTINE));

        verify(violations, never()).raise(any());
    }

    @Test
    void aPostNobodyIsRosteredOnAtThatMomentRaisesNothing() {
        raising.raise(check(77L, 7, true, CheckKind.ROUTINE));

        verify(violations, never()).raise(any());
    }

    @Test
    void aCovertInspectionRaisesItOnlyOncePublished() {
        var check = check(GATE, 7, true, CheckKind.COVERT);
        raising.raise(check);
        verify(violations, never()).raise(any());

        check.publish();
        raising.raise(check);
        verify(violations).raise(any());
    }

}
