package org.garrison.people.internal;

import java.time.LocalDate;

import org.garrison.shared.ResidentIds;

/** Valid resident ID numbers for demo people, from a region code, a birth date and a sequence number. */
final class DemoResidentIds {

    private static final String[] REGIONS = { "430521", "411302", "510722", "440304", "362202", "452123", "440305" };

    private DemoResidentIds() {
    }

    /** The n-th demo number, for a man born on the given day. */
    static ResidentId of(int n, LocalDate birthDate, boolean male) {
        int sequence = 100 + (n * 7) % 800;
        if (sequence % 2 == (male ? 0 : 1)) {
            sequence++;
        }
        String first17 = REGIONS[n % REGIONS.length] + birthDate.toString().replace("-", "") + sequence;
        return ResidentId.of(first17 + ResidentIds.checkCharacter(first17));
    }

}
