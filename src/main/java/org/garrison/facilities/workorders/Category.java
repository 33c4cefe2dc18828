package org.garrison.facilities.workorders;

import java.util.Arrays;
import java.util.List;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.DomainException;

/**
 * The SLA category of a work order: its service and what is asked, as the {@code WORK_ORDER} policies of the SLA
 * module name them (RULES B.2: cleaning response 2 h, emergency 30 min; plants 24 h, dead plant replaced 48 h, disease
 * treated 24 h; pests 24 h, emergency 2 h; electrical fault response 30 min, repair 24 h; a major electrical fault is
 * reported to management).
 */
public enum Category {

    CLEANING_REQUEST(ServiceKind.CLEANING),
    CLEANING_EMERGENCY(ServiceKind.CLEANING),
    PLANT_REQUEST(ServiceKind.PLANT_CARE),
    PLANT_DEAD(ServiceKind.PLANT_CARE),
    PLANT_DISEASE(ServiceKind.PLANT_CARE),
    PEST_REQUEST(ServiceKind.PEST_CONTROL),
    PEST_EMERGENCY(ServiceKind.PEST_CONTROL),
    ELECTRICAL_FAULT(ServiceKind.ELECTRICAL),
    ELECTRICAL_MAJOR(ServiceKind.ELECTRICAL);

    private final ServiceKind service;

    Category(ServiceKind service) {
        this.service = service;
    }

    public ServiceKind service() {
        return service;
    }

    public String messageKey() {
        return "facilities.category." + name();
    }

    /** The categories of a service, for the request form. */
    public static List<Category> of(ServiceKind service) {
        return Arrays.stream(values()).filter(category -> category.service == service).toList();
    }

    /**
     * The category a request is clocked under: the one asked, raised by the priority — an emergency cleaning or pest
     * request runs on the emergency target, a major electrical fault on the major one.
     *
     * @throws DomainException when the category is not of the service
     */
    public static Category clocked(ServiceKind service, Category asked, Priority priority) {
        if (asked.service != service) {
            throw new DomainException("facilities.workOrder.categoryNotOfService");
        }
        if (priority == Priority.NORMAL) {
            return asked;
        }
        return switch (service) {
            case CLEANING -> CLEANING_EMERGENCY;
            case PEST_CONTROL -> PEST_EMERGENCY;
            case ELECTRICAL -> priority == Priority.MAJOR ? ELECTRICAL_MAJOR : ELECTRICAL_FAULT;
            default -> asked;
        };
    }

    /** Whether the repair may be held for an exception with a reason (电气 "特殊情况除外", seed 003 L888). */
    public boolean allowsException() {
        return service == ServiceKind.ELECTRICAL;
    }

}
