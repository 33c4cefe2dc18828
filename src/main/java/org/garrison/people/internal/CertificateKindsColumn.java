package org.garrison.people.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A set of certificate kinds in one column, comma-separated in the enum's order; empty for none. */
@Converter
class CertificateKindsColumn implements AttributeConverter<Set<CertificateKind>, String> {

    @Override
    public String convertToDatabaseColumn(Set<CertificateKind> kinds) {
        return EnumSet.copyOf(kinds.isEmpty() ? EnumSet.noneOf(CertificateKind.class) : kinds)
            .stream()
            .map(Enum::name)
            .collect(Collectors.joining(","));
    }

    @Override
    public Set<CertificateKind> convertToEntityAttribute(String column) {
        return column.isBlank() ? Set.of()
                : Set.copyOf(Arrays.stream(column.split(",")).map(String::strip).map(CertificateKind::valueOf).toList());
    }

}
