package org.garrison.siteops.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatesTests {

    @Test
    void acceptsOrdinarySevenCharacterPlates() {
        assertThat(Plates.isValid("粤B12345")).isTrue();
        assertThat(Plates.isValid("京A8K9Z2")).isTrue();
        assertThat(Plates.isValid("沪C1234挂")).isTrue();
        assertThat(Plates.isValid("粤B1234学")).isTrue();
        assertThat(Plates.isNewEnergy("粤B12345")).isFalse();
    }

    @Test
    void acceptsEightCharacterNewEnergyPlatesOfSmallAndLargeVehicles() {
        assertThat(Plates.isValid("粤BD12345")).isTrue();
        assertThat(Plates.isValid("粤BFA1234")).isTrue();
        assertThat(Plates.isValid("粤B12345D")).isTrue();
        assertThat(Plates.isValid("川A67890F")).isTrue();
        assertThat(Plates.isNewEnergy("粤BD12345")).isTrue();
        assertThat(Plates.isNewEnergy("粤B12345D")).isTrue();
    }

    @Test
    void refusesUnknownProvincesLettersIAndOWrongLengthsAndBadNewEnergyShapes() {
        assertThat(Plates.isValid("港B12345")).isFalse();
        assertThat(Plates.isValid("粤I12345")).isFalse();
        assertThat(Plates.isValid("粤B1O345")).isFalse();
        assertThat(Plates.isValid("粤B1234")).isFalse();
        assertThat(Plates.isValid("粤B123456")).as("eight characters but neither D nor F").isFalse();
        assertThat(Plates.isValid("粤BDA234B")).as("small new-energy plate needs four final digits").isFalse();
        assertThat(Plates.isValid("粤B1234AD")).isFalse();
        assertThat(Plates.isValid("AB12345")).isFalse();
        assertThat(Plates.isValid(null)).isFalse();
    }

    @Test
    void normalisesBlanksDotsDashesAndLowerCase() {
        assertThat(Plates.normalise(" 粤b·d12345 ")).isEqualTo("粤BD12345");
        assertThat(Plates.normalise("粤B-12345")).isEqualTo("粤B12345");
        assertThat(Plates.isValid(Plates.normalise("粤b 12345"))).isTrue();
    }

}
