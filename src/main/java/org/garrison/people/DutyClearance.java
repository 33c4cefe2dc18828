package org.garrison.people;

import java.util.List;

/**
 * Whether an employee may be put on duty, and if not, why.
 *
 * @param refusals the rules the employee fails, as message keys with arguments; empty when cleared
 */
public record DutyClearance(EmployeeId employee, List<Refusal> refusals) {

    public DutyClearance {
        refusals = List.copyOf(refusals);
    }

    public boolean cleared() {
        return refusals.isEmpty();
    }

    /** One failed rule of the gate: a message key and its arguments, already as text. */
    public record Refusal(String messageKey, List<String> args) {

        public Refusal {
            args = List.copyOf(args);
        }

    }

}
