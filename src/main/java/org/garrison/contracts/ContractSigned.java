package org.garrison.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.shared.ClientId;

/**
 * A contract was signed: its sites and posts exist and its start-up tasks are open. Other modules
 * react to it (people opens hiring plans from {@link #staffing()}).
 *
 * @param number the contract's readable number
 * @param staffing one entry per guarding post of the signed proposal
 */
public record ContractSigned(ContractId contract, String number, ClientId client, LocalDate starts, LocalDate ends,
        List<StaffingNeed> staffing, Instant occurredAt) {

    public ContractSigned {
        staffing = List.copyOf(staffing);
    }

}
