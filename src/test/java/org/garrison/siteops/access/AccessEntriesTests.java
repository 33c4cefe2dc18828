package org.garrison.siteops.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;

import org.garrison.shared.DomainException;
import org.garrison.siteops.access.PersonEntry.Visitor;
import org.junit.jupiter.api.Test;

class AccessEntriesTests {

    private static final Instant NOW = Instant.parse("2026-11-21T01:30:00Z");

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void visitorWithAValidResidentIdIsOnSiteUntilLeavingAndReturnsTheBadge() {
        var entry = person(IdType.RESIDENT_ID, "44030519900101123x", "A-17");
        assertThat(entry.getIdNumber()).isEqualTo("44030519900101123X");
        assertThat(entry.isOnSite()).isTrue();
        assertThat(entry.isBadgeReturned()).isFalse();

        entry.leave(NOW.plusSeconds(3600), true);
        assertThat(entry.isOnSite()).isFalse();
        assertThat(entry.isBadgeReturned()).isTrue();
        assertThatThrownBy(() -> entry.leave(NOW.plusSeconds(7200), true)).hasMessage("siteops.access.alreadyLeft");
    }

    @Test
    void visitorWithoutBadgeHasNothingToReturnAndABadgeKeptIsRecorded() {
        assertThat(person(IdType.RESIDENT_ID, "440303198511200017", null).isBadgeReturned()).isTrue();
        var kept = person(IdType.RESIDENT_ID, "440303198511200017", "B-2");
        kept.leave(NOW.plusSeconds(60), false);
        assertThat(kept.isBadgeReturned()).isFalse();
    }

    @Test
    void refusesAnInvalidResidentIdButAcceptsOtherDocumentsOfReasonableLength() {
        assertThatThrownBy(() -> person(IdType.RESIDENT_ID, "440303198511200018", null))
            .isInstanceOf(DomainException.class)
            .hasMessage("siteops.access.residentIdInvalid");
        assertThat(person(IdType.PASSPORT, "E12345678", null).getIdNumber()).isEqualTo("E12345678");
        assertThatThrownBy(() -> person(IdType.OTHER, "123", null)).hasMessage("siteops.access.idNumberInvalid");
    }

    @Test
    void vehicleReleasedWithoutAuthorisationIsAViolationOfTheReleasingGuard() {
        var vehicle = new VehicleEntry(1, "粤b·d12345", "张师傅", "办公家具", NOW, 9, "保安员 马超");
        assertThat(vehicle.getPlate()).isEqualTo("粤BD12345");

        boolean violation = vehicle.release(NOW.plusSeconds(600), "  ", 9, "保安员 马超");
        assertThat(violation).isTrue();
        assertThat(vehicle.isUnauthorisedRelease()).isTrue();
        assertThat(vehicle.getReleasedById()).isEqualTo(9);
        assertThatThrownBy(() -> vehicle.release(NOW.plusSeconds(900), "林经理", 9, "保安员 马超"))
            .hasMessage("siteops.access.alreadyReleased");
    }

    @Test
    void vehicleReleasedOnAuthorisationIsNoViolationAndABadPlateIsRefused() {
        var vehicle = new VehicleEntry(1, "粤B12345", null, null, NOW, 9, "保安员 马超");
        assertThat(vehicle.release(NOW.plusSeconds(600), "行政部 林经理", 9, "保安员 马超")).isFalse();
        assertThat(vehicle.getAuthorisedBy()).isEqualTo("行政部 林经理");
        assertThatThrownBy(() -> new VehicleEntry(1, "粤B1234", null, null, NOW, 9, "保安员"))
            .hasMessage("siteops.access.plateInvalid");
    }

    private static PersonEntry person(IdType type, String number, String badge) {
        return new PersonEntry(1, new Visitor("李明", type, number, "顺丰速运", "送件", "行政部 王姐", badge), NOW, SHANGHAI, 9,
                "保安员 马超");
    }

}
