package org.garrison.contracts.web;

import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.internal.Contract;
import org.garrison.contracts.internal.ContractSamples;
import org.garrison.contracts.internal.ProposalVersion;
import org.garrison.organisation.OrganisationManagement.ClientRecord;
import org.garrison.shared.ClientId;
import org.springframework.test.util.ReflectionTestUtils;

/** Records as the contracts pages show them, with ids set as the database would. */
final class WebSamples {

    static final long CONTRACT_ID = 5;

    static final long CLIENT_ID = 7;

    /** The day the {@link FixedClock} stands on. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private WebSamples() {
    }

    static Contract negotiating() {
        return withId(ContractSamples.negotiating(), CONTRACT_ID);
    }

    static ProposalVersion version(int number, String fee) {
        return withId(ContractSamples.version(number, ContractSamples.gate(fee), ContractSamples.cleaning("8000")), 10L + number);
    }

    static List<ClientRecord> clients() {
        return List.of(new ClientRecord(new ClientId(CLIENT_ID), "前海会展中心", "会展", null, null, "PROSPECT"));
    }

    static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

    /** The application clock, standing still at the start of {@link #TODAY} in Shanghai. */

}
