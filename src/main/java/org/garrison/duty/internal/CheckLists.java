package org.garrison.duty.internal;

import java.util.List;
import java.util.Map;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 四查/五防 check lists the company configures (shipped empty). */
@Service
public class CheckLists {

    public static final String ENTITY = "CheckList";

    private final CheckListRepository lists;

    private final ApplicationEventPublisher events;

    CheckLists(CheckListRepository lists, ApplicationEventPublisher events) {
        this.lists = lists;
        this.events = events;
    }

    @Transactional
    public long create(CheckList.Kind kind, String name, String items) {
        if (lists.existsByName(name.strip())) {
            throw new DomainException("duty.checkList.nameTaken");
        }
        var list = lists.save(new CheckList(kind, name, items));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, list.getId(), list.getName(), null,
                Map.of("kind", kind, "items", list.getItems())));
        return list.getId();
    }

    @Transactional
    public void change(long id, String items) {
        var list = lists.findById(id).orElseThrow(() -> new NotFoundException("entity.checkList", id));
        String before = list.getItems();
        list.change(items);
        events.publishEvent(AuditedChange.of("UPDATE", ENTITY, id, list.getName(), Map.of("items", before),
                Map.of("items", list.getItems())));
    }

    @Transactional(readOnly = true)
    public List<CheckList> list() {
        return lists.findAllByOrderByKindAscNameAsc();
    }

}
