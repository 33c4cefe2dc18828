package org.garrison.servicedesk.internal;

import java.util.List;
import java.util.Map;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editable list of complaint types (投诉类型). A type in use is never deleted: it is switched off, so old
 * complaints keep their type and new ones cannot choose it.
 */
@Service
@Transactional
public class ComplaintTypes {

    private final ComplaintTypeRepository types;

    private final ApplicationEventPublisher events;

    ComplaintTypes(ComplaintTypeRepository types, ApplicationEventPublisher events) {
        this.types = types;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ComplaintType> all() {
        return types.findAllByOrderByIdAsc();
    }

    /** Adds a type; its code is upper case letters, digits and underscores, and unique. */
    public ComplaintType add(String code, String nameZh, String nameEn) {
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!normalised.matches("[A-Z][A-Z0-9_]{0,29}")) {
            throw new DomainException("servicedesk.type.codeInvalid");
        }
        if (types.findByCode(normalised).isPresent()) {
            throw new DomainException("servicedesk.type.codeTaken", normalised);
        }
        var type = types.save(new ComplaintType(normalised, nameZh.strip(), nameEn.strip()));
        events.publishEvent(AuditedChange.of("CREATE", "ComplaintType", type.getId(), normalised, null,
                Map.of("nameZh", type.getNameZh(), "nameEn", type.getNameEn())));
        return type;
    }

    public ComplaintType change(long id, String nameZh, String nameEn, boolean active) {
        var type = types.findById(id).orElseThrow(() -> new NotFoundException("servicedesk.complaint.type", id));
        var before = Map.of("nameZh", type.getNameZh(), "nameEn", type.getNameEn(), "active", type.isActive());
        type.rename(nameZh.strip(), nameEn.strip(), active);
        events.publishEvent(AuditedChange.of("UPDATE", "ComplaintType", type.getId(), type.getCode(), before,
                Map.of("nameZh", type.getNameZh(), "nameEn", type.getNameEn(), "active", type.isActive())));
        return type;
    }

}
