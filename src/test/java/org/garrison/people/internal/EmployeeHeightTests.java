package org.garrison.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

class EmployeeHeightTests {

    private final Employee employee = new Employee("王守卫", ResidentId.of("11010519491231002X"), "13800000000", 1L,
            LocalDate.of(2026, 12, 1), null);

    @Test
    void recordsHeightsFromOneHundredToTwoHundredThirtyCentimetres() {
        employee.recordHeight(100);
        assertThat(employee.getHeightCm()).isEqualTo(100);
        employee.recordHeight(230);
        assertThat(employee.getHeightCm()).isEqualTo(230);
    }

    @Test
    void refusesHeightsNoAdultHasAndKeepsTheEarlierOne() {
        employee.recordHeight(175);
        assertThatThrownBy(() -> employee.recordHeight(99)).isInstanceOf(DomainException.class)
            .hasFieldOrPropertyWithValue("messageKey", "people.employee.heightInvalid");
        assertThatThrownBy(() -> employee.recordHeight(231)).isInstanceOf(DomainException.class);
        assertThat(employee.getHeightCm()).isEqualTo(175);
    }

    @Test
    void anUnknownHeightStaysUnknown() {
        employee.recordHeight(null);
        assertThat(employee.getHeightCm()).isNull();
    }

}
