package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.garrison.contracts.ContractId;
import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.SiteTargets;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;

class ProposalTests {

    @Test
    void refusesAProposalWithNoLines() {
        assertThatThrownBy(() -> new ProposalVersion(1, 1, "初稿", List.of(), Instant.now(), "ops"))
            .hasMessage("proposal.noLines");
    }

    @Test
    void totalIsTheSumOfTheMonthlyFees() {
        var version = ContractSamples.version(1, ContractSamples.gate("36000.50"), ContractSamples.cleaning("8000"));
        assertThat(version.getMonthlyTotal()).isEqualByComparingTo("44000.50");
    }

    @Test
    void comparisonShowsChangedAddedAndDroppedLinesAndTheTotalDifference() {
        var first = ContractSamples.version(1, ContractSamples.gate("36000"), ContractSamples.cleaning("8000"));
        var second = ContractSamples.version(2, ContractSamples.gate("34000"), ContractSamples.electrical("5000"));
        var result = ProposalComparison.compare(first, second);
        assertThat(result.rows()).extracting(ProposalComparison.Row::key)
            .containsExactly("GUARDING/S901/大门岗", "CLEANING/S901", "ELECTRICAL/S901");
        assertThat(result.rows().get(0).changed()).isTrue();
        assertThat(result.rows().get(1).removed()).isTrue();
        assertThat(result.rows().get(2).added()).isTrue();
        assertThat(result.totalDifference()).isEqualByComparingTo("-5000");
    }

    @Test
    void identicalLinesAreNotChanged() {
        var first = ContractSamples.version(1, ContractSamples.gate("36000"));
        var second = ContractSamples.version(2, ContractSamples.gate("36000"));
        assertThat(ProposalComparison.compare(first, second).rows().get(0).changed()).isFalse();
    }

    @Test
    void targetsOfASiteListPostsHeadcountPatrolsAndServiceTargets() {
        var contract = ContractSamples.active(ContractSamples.START, ContractSamples.END);
        var version = ContractSamples.version(1, ContractSamples.gate("36000"), ContractSamples.cleaning("8000"));
        SiteTargets targets = Terms.of(new ContractId(3), contract, new SiteId(9), version.getLines());
        assertThat(targets.posts()).singleElement().satisfies(post -> {
            assertThat(post.postName()).isEqualTo("大门岗");
            assertThat(post.guardsNeeded()).isEqualTo(6);
            assertThat(post.minHeightCm()).isEqualTo(172);
        });
        assertThat(targets.patrolsPerDay()).isEqualTo(12);
        assertThat(targets.services()).singleElement().satisfies(service -> {
            assertThat(service.kind()).isEqualTo(ServiceKind.CLEANING);
            assertThat(service.responseMinutes()).isEqualTo(120);
            assertThat(service.satisfactionPct()).isEqualTo(95);
        });
    }

    @Test
    void startUpTasksSpellOutStaffingTrainingAndTheEquipmentList() {
        var lines = ContractSamples.version(1, ContractSamples.gate("1"), ContractSamples.cleaning("1")).getLines();
        assertThat(TaskDetails.of(Department.SECURITY_OPS, lines)).contains("大门岗 2人×3班=6人").contains("保洁");
        assertThat(TaskDetails.of(Department.TRAINING, lines)).contains("6 人").contains("退伍军人优先");
        assertThat(TaskDetails.of(Department.LOGISTICS, lines)).contains("保安制服 6 套").contains("对讲机 6 台")
            .contains("保洁工具及耗材");
    }

}
