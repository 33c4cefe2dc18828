package org.garrison.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.garrison.duty.PenaltyItem;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Who checked (S7), the 四查/五防 lists the company writes, and the rulebook's numbering (seed 002 L992–1022). */
class CheckerRoleAndListTests {

    @Test
    void aCheckerRecordsAsHisMostSpecificRole() {
        assertThat(CheckerRole.of(Set.of("TEAM_LEADER"))).isEqualTo(CheckerRole.TEAM_LEADER);
        assertThat(CheckerRole.of(Set.of("TEAM_LEADER", "SUPERVISOR"))).isEqualTo(CheckerRole.SUPERVISOR);
        assertThat(CheckerRole.of(Set.of("SUPERVISOR", "INSPECTOR"))).isEqualTo(CheckerRole.INSPECTOR);
        assertThat(CheckerRole.of(Set.of("GENERAL_AFFAIRS"))).isEqualTo(CheckerRole.GENERAL_AFFAIRS);
        assertThat(CheckerRole.of(Set.of("SECURITY_OPS"))).isEqualTo(CheckerRole.OTHER);
        assertThat(CheckerRole.of(Set.of())).isEqualTo(CheckerRole.OTHER);
    }

    @Test
    void aCheckListKeepsItsNonBlankLinesInOrder() {
        var list = new CheckList(CheckList.Kind.FOUR_CHECKS, " 本公司四查 ", "\n  一查 \r\n\n二查\n");
        assertThat(list.getName()).isEqualTo("本公司四查");
        assertThat(list.itemList()).containsExactly("一查", "二查");
    }

    @Test
    void aCheckListNeedsAnItem() {
        assertThatThrownBy(() -> new CheckList(CheckList.Kind.FIVE_PREVENTIONS, "五防", " \n ")).isInstanceOf(DomainException.class)
            .hasMessage("duty.checkList.itemsRequired");
    }

    @Test
    void penaltyItemsKeepTheRulebooksNumbersAndGrades() {
        assertThat(PenaltyItem.LATE_OR_EARLY.number()).isEqualTo(13);
        assertThat(PenaltyItem.UNAUTHORISED_SWAP.number()).isEqualTo(14);
        assertThat(PenaltyItem.HANDOVER_OMISSION.number()).isEqualTo(15);
        assertThat(PenaltyItem.DISTRACTED.number()).isEqualTo(11);
        assertThat(PenaltyItem.UNIFORM.grade()).isEqualTo(PenaltyItem.Grade.WARNING);
        assertThat(PenaltyItem.HANDOVER_OMISSION.grade()).isEqualTo(PenaltyItem.Grade.REPRIMAND);
        assertThat(PenaltyItem.DRUNK_OR_ASLEEP.grade()).isEqualTo(PenaltyItem.Grade.SERIOUS);
    }

}
