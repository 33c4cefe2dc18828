package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.internal.Contract.Inquiry;
import org.garrison.contracts.internal.Contract.SignedTerms;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

class ContractTests {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void inquiryBecomesNegotiationWithItsFirstProposalAndActiveWhenSigned() {
        var contract = new Contract("HT-1", 1, ContractSamples.inquiry(), null);
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.INQUIRY);
        contract.proposed();
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.NEGOTIATING);
        contract.sign(new SignedTerms(ContractSamples.START, ContractSamples.END, new BigDecimal("1000.005"), "权利义务"), 2,
                NOW);
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.getSignedVersion()).isEqualTo(2);
        assertThat(contract.getAmount()).isEqualByComparingTo("1000.01");
    }

    @Test
    void refusesAnInquiryWhosePeriodEndsBeforeItStarts() {
        assertThatThrownBy(() -> new Contract("HT-1", 1, new Inquiry("t", "n", null, ContractSamples.END,
                ContractSamples.START), null)).hasMessage("contract.endBeforeStart");
    }

    @Test
    void refusesSigningAnInquiryWithoutProposalOrAnActiveContractAgain() {
        var inquiry = new Contract("HT-1", 1, ContractSamples.inquiry(), null);
        var terms = new SignedTerms(ContractSamples.START, ContractSamples.END, BigDecimal.TEN, "x");
        assertThatThrownBy(() -> inquiry.sign(terms, 1, NOW)).hasMessage("contract.cannotSign");
        var active = ContractSamples.active(ContractSamples.START, ContractSamples.END);
        assertThatThrownBy(() -> active.sign(terms, 1, NOW)).hasMessage("contract.cannotSign");
    }

    @Test
    void refusesSigningWithEndBeforeStartNegativeAmountOrNoRightsAndObligations() {
        var contract = ContractSamples.negotiating();
        assertThatThrownBy(() -> contract.sign(new SignedTerms(ContractSamples.END, ContractSamples.START, BigDecimal.TEN,
                "x"), 1, NOW)).hasMessage("contract.endBeforeStart");
        assertThatThrownBy(() -> contract.sign(new SignedTerms(ContractSamples.START, ContractSamples.END,
                new BigDecimal("-1"), "x"), 1, NOW)).hasMessage("contract.negativeAmount");
        assertThatThrownBy(() -> contract.sign(new SignedTerms(ContractSamples.START, ContractSamples.END, BigDecimal.TEN,
                " "), 1, NOW)).hasMessage("contract.rightsMissing");
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.NEGOTIATING);
        assertThat(contract.getStarts()).isNull();
    }

    @Test
    void aOneDayContractMayStartAndEndOnTheSameDay() {
        var contract = ContractSamples.active(ContractSamples.START, ContractSamples.START);
        assertThat(contract.getEnds()).isEqualTo(ContractSamples.START);
    }

    @Test
    void expiresOnlyAfterItsLastDay() {
        var contract = ContractSamples.active(ContractSamples.START, ContractSamples.END);
        assertThatThrownBy(() -> contract.expire(ContractSamples.END)).hasMessage("contract.cannotExpire");
        contract.expire(ContractSamples.END.plusDays(1));
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.EXPIRED);
    }

    @Test
    void terminationNeedsAnActiveContractAndAReason() {
        var contract = ContractSamples.active(ContractSamples.START, ContractSamples.END);
        assertThatThrownBy(() -> contract.terminate(" ")).hasMessage("contract.reasonMissing");
        contract.terminate("客户搬迁");
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.TERMINATED);
        assertThatThrownBy(() -> contract.terminate("again")).hasMessage("contract.cannotTerminate");
        assertThatThrownBy(contract::requireRenewable).hasMessage("contract.cannotRenew");
    }

    @Test
    void onlyAnActiveOrExpiredContractIsRenewed() {
        var active = ContractSamples.active(ContractSamples.START, ContractSamples.END);
        active.renewed();
        assertThat(active.getStatus()).isEqualTo(ContractStatus.RENEWED);
        assertThatThrownBy(ContractSamples.negotiating()::renewed).isInstanceOf(DomainException.class);
    }

    @Test
    void withdrawsOnlyAnOpenInquiryOrNegotiation() {
        var contract = ContractSamples.negotiating();
        contract.withdraw("客户选择其他公司");
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.TERMINATED);
        assertThatThrownBy(() -> contract.proposed()).hasMessage("contract.notOpen");
    }

    @Test
    void remindsAtSixtyThenThirtyDaysOnceEach() {
        var thresholds = List.of(60, 30);
        var contract = ContractSamples.active(ContractSamples.START, ContractSamples.END);
        assertThat(contract.reminderDue(ContractSamples.END.minusDays(61), thresholds)).isNull();
        assertThat(contract.reminderDue(ContractSamples.END.minusDays(60), thresholds)).isEqualTo(60);
        contract.reminded(60);
        assertThat(contract.reminderDue(ContractSamples.END.minusDays(45), thresholds)).isNull();
        assertThat(contract.reminderDue(ContractSamples.END.minusDays(30), thresholds)).isEqualTo(30);
        contract.reminded(30);
        assertThat(contract.reminderDue(ContractSamples.END.minusDays(2), thresholds)).isNull();
    }

    @Test
    void aContractFoundLateGetsOnlyTheNearestReminder() {
        var contract = ContractSamples.active(ContractSamples.START, ContractSamples.END);
        assertThat(contract.reminderDue(ContractSamples.END.minusDays(10), List.of(60, 30))).isEqualTo(30);
        assertThat(contract.reminderDue(ContractSamples.END.plusDays(1), List.of(60, 30))).isNull();
        assertThat(ContractSamples.negotiating().reminderDue(LocalDate.of(2027, 12, 1), List.of(60, 30))).isNull();
    }

}
