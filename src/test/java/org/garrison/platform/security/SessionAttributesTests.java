package org.garrison.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;

class SessionAttributesTests {

    private final org.springframework.core.convert.ConversionService conversion = new SessionAttributes()
        .springSessionConversionService();

    @Test
    void anAttributeReadsBackAsWritten() {
        byte[] stored = (byte[]) conversion.convert(List.of("a", "b"), TypeDescriptor.valueOf(Object.class),
                TypeDescriptor.valueOf(byte[].class));
        assertThat(conversion.convert(stored, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class)))
            .isEqualTo(List.of("a", "b"));
    }

    @Test
    void anAttributeAnEarlierVersionWroteWithClassesThatChangedIsDroppedNotAFailedRequest() {
        // a serialized object of a class this version does not have (stream header, object, class description)
        byte[] garbage = { (byte) 0xac, (byte) 0xed, 0, 5, 0x73, 0x72, 0, 3, 'a', '.', 'B' };
        assertThat(conversion.convert(garbage, TypeDescriptor.valueOf(byte[].class), TypeDescriptor.valueOf(Object.class)))
            .isNull();
    }

}
