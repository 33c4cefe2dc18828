package org.garrison.facilities.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

class WorkOrderTests {

    private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

    private static WorkOrder order(Category category) {
        return new WorkOrder("GD-20261207-001", 1, 7L, category, Priority.NORMAL, Source.CLIENT_REQUEST, null, "大厅", "地面有水", 3L,
                "林经理", T0);
    }

    @Test
    void theFlowGoesFromNewThroughDoneToClosed() {
        var o = order(Category.CLEANING_REQUEST);
        o.assign(5, "王芳");
        assertThat(o.getState()).isEqualTo(WorkOrderState.ASSIGNED);
        o.respond(T0.plusSeconds(600));
        o.arrive(T0.plusSeconds(1200));
        o.complete(T0.plusSeconds(3000));
        assertThat(o.getRespondedAt()).isEqualTo(T0.plusSeconds(600));
        o.confirm("林经理", T0.plusSeconds(4000));
        o.close(T0.plusSeconds(5000));
        assertThat(o.getState()).isEqualTo(WorkOrderState.CLOSED);
    }

    @Test
    void illegalMovesAreRefusedAndChangeNothing() {
        var o = order(Category.CLEANING_REQUEST);
        assertThatThrownBy(() -> o.respond(T0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> o.confirm("x", T0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> o.close(T0)).isInstanceOf(DomainException.class);
        assertThat(o.getState()).isEqualTo(WorkOrderState.NEW);
    }

    @Test
    void arrivingWithoutAnsweringAnswersToo() {
        var o = order(Category.PEST_REQUEST);
        o.assign(5, "王芳");
        o.arrive(T0.plusSeconds(60));
        assertThat(o.getRespondedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(o.getState()).isEqualTo(WorkOrderState.ON_SITE);
    }

    @Test
    void reopeningSendsItBackToTheAssigneeUnderANewClock() {
        var o = order(Category.CLEANING_REQUEST);
        o.assign(5, "王芳");
        o.respond(T0);
        o.complete(T0.plusSeconds(60));
        o.reopen("GD-20261207-001/R1");
        assertThat(o.getState()).isEqualTo(WorkOrderState.ASSIGNED);
        assertThat(o.getClockRef()).isEqualTo("GD-20261207-001/R1");
        assertThat(o.getReopenCount()).isEqualTo(1);
        assertThat(o.getDoneAt()).isNull();
        assertThat(o.getRespondedAt()).isNull();
    }

    @Test
    void onlyAnElectricalRepairIsHeldForAnExceptionAndOnlyWithAReason() {
        var cleaning = order(Category.CLEANING_REQUEST);
        cleaning.assign(5, "王芳");
        cleaning.respond(T0);
        assertThatThrownBy(() -> cleaning.holdForException("等配件")).isInstanceOf(DomainException.class);
        var electrical = order(Category.ELECTRICAL_FAULT);
        electrical.assign(5, "电工");
        electrical.respond(T0);
        assertThatThrownBy(() -> electrical.holdForException("  ")).isInstanceOf(DomainException.class);
        assertThat(electrical.isPaused()).isFalse();
        electrical.holdForException("等待供电局停电检修");
        assertThat(electrical.isPaused()).isTrue();
        assertThatThrownBy(() -> electrical.holdForException("again")).isInstanceOf(DomainException.class);
        electrical.resume();
        assertThat(electrical.isPaused()).isFalse();
    }

    @Test
    void thePriorityRaisesTheCategoryToItsEmergencyTarget() {
        assertThat(Category.clocked(ServiceKind.CLEANING, Category.CLEANING_REQUEST, Priority.EMERGENCY)).isEqualTo(Category.CLEANING_EMERGENCY);
        assertThat(Category.clocked(ServiceKind.PEST_CONTROL, Category.PEST_REQUEST, Priority.MAJOR)).isEqualTo(Category.PEST_EMERGENCY);
        assertThat(Category.clocked(ServiceKind.ELECTRICAL, Category.ELECTRICAL_FAULT, Priority.MAJOR)).isEqualTo(Category.ELECTRICAL_MAJOR);
        assertThat(Category.clocked(ServiceKind.ELECTRICAL, Category.ELECTRICAL_FAULT, Priority.EMERGENCY)).isEqualTo(Category.ELECTRICAL_FAULT);
        assertThat(Category.clocked(ServiceKind.PLANT_CARE, Category.PLANT_DEAD, Priority.EMERGENCY)).isEqualTo(Category.PLANT_DEAD);
        assertThat(Category.clocked(ServiceKind.CLEANING, Category.CLEANING_REQUEST, Priority.NORMAL)).isEqualTo(Category.CLEANING_REQUEST);
        assertThatThrownBy(() -> Category.clocked(ServiceKind.CLEANING, Category.PEST_REQUEST, Priority.NORMAL))
            .isInstanceOf(DomainException.class);
    }

}
