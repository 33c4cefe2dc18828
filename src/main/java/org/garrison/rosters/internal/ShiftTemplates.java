package org.garrison.rosters.internal;

import java.util.List;
import java.util.Map;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the shift templates: no two of one set may overlap; every change audited. */
@Service
@Transactional
public class ShiftTemplates {

    private final ShiftTemplateRepository templates;

    private final ApplicationEventPublisher events;

    ShiftTemplates(ShiftTemplateRepository templates, ApplicationEventPublisher events) {
        this.templates = templates;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ShiftTemplate> active() {
        return templates.findByActiveTrueOrderByTemplateSetAscStartsAtAsc();
    }

    @Transactional(readOnly = true)
    public List<ShiftTemplate> ofSet(String set) {
        return templates.findByTemplateSetAndActiveTrue(set)
            .stream()
            .sorted(java.util.Comparator.comparing(ShiftTemplate::getStartsAt))
            .toList();
    }

    @Transactional(readOnly = true)
    public List<String> sets() {
        return active().stream().map(ShiftTemplate::getTemplateSet).distinct().toList();
    }

    /**
     * Adds a template to a set.
     *
     * @throws DomainException {@code rosters.template.overlaps} when it overlaps a template of the set, or the
     *     timing's own refusals
     */
    public ShiftTemplate create(String set, ShiftTemplate.Timing timing) {
        var template = new ShiftTemplate(set, timing);
        refuseOverlap(template);
        templates.save(template);
        events.publishEvent(AuditedChange.of("create", "ros_shift_template", template.getId(), template.getName(), null,
                snapshot(template)));
        return template;
    }

    public void change(long id, ShiftTemplate.Timing timing) {
        var template = get(id);
        var before = snapshot(template);
        template.change(timing);
        refuseOverlap(template);
        events.publishEvent(AuditedChange.of("update", "ros_shift_template", id, template.getName(), before,
                snapshot(template)));
    }

    public void retire(long id) {
        var template = get(id);
        var before = snapshot(template);
        template.retire();
        events.publishEvent(AuditedChange.of("delete", "ros_shift_template", id, template.getName(), before, null));
    }

    @Transactional(readOnly = true)
    public ShiftTemplate get(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("entity.shiftTemplate", id));
    }

    private void refuseOverlap(ShiftTemplate template) {
        templates.findByTemplateSetAndActiveTrue(template.getTemplateSet())
            .stream()
            .filter(other -> !other.getId().equals(template.getId()) && other.overlaps(template))
            .findFirst()
            .ifPresent(other -> {
                throw new DomainException("rosters.template.overlaps", other.getName());
            });
    }

    private static Map<String, Object> snapshot(ShiftTemplate t) {
        return Map.of("set", t.getTemplateSet(), "name", t.getName(), "starts", t.getStartsAt().toString(), "ends",
                t.getEndsAt().toString(), "crossesMidnight", t.isCrossesMidnight(), "breakMinutes", t.getBreakMinutes());
    }

}
