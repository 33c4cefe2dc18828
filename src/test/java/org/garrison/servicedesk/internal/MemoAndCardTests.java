package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MemoAndCardTests {

    @Test
    void memoIsDecidedOnceByManagement() {
        var memo = new Memo(1, " 人防部 ", "责任不在队员", "ops", Instant.EPOCH);
        assertThat(memo.isOpen()).isTrue();
        assertThat(memo.getDepartment()).isEqualTo("人防部");
        memo.decide("维持原处理", "董事长", Instant.EPOCH);
        assertThat(memo.isOpen()).isFalse();
        assertThatThrownBy(() -> memo.decide("改判", "董事长", Instant.EPOCH)).hasMessage("servicedesk.memo.decided");
        assertThat(memo.getDecision()).isEqualTo("维持原处理");
    }

    @Test
    void opinionCardNamesAGuardOrAPost() {
        assertThatThrownBy(() -> new OpinionCard(1, OpinionCard.Kind.PRAISE, " ", null, "很好", "林经理", LocalDate.EPOCH))
            .hasMessage("servicedesk.card.nobodyNamed");
        var card = new OpinionCard(1, OpinionCard.Kind.PRAISE, null, "大堂岗", "很好", "林经理", LocalDate.EPOCH);
        assertThat(card.getPost()).isEqualTo("大堂岗");
    }

    @Test
    void complaintNumberIsFoundFromItsClocks() {
        assertThat(ComplaintClocks.complaintNumber("COMPLAINT", "KS-20261123-001")).isEqualTo("KS-20261123-001");
        assertThat(ComplaintClocks.complaintNumber("COMPLAINT_STEP", "KS-20261123-001/DRAFT-2"))
            .isEqualTo("KS-20261123-001");
        assertThat(ComplaintClocks.complaintNumber("WORK_ORDER", "WO-1")).isNull();
    }

}
