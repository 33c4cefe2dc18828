package org.garrison.identity.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.garrison.shared.Permission;

/** A permission stored by its name. */
@Converter
class PermissionColumn implements AttributeConverter<Permission, String> {

    @Override
    public String convertToDatabaseColumn(Permission permission) {
        return permission.name();
    }

    @Override
    public Permission convertToEntityAttribute(String name) {
        return Permission.valueOf(name);
    }

}
