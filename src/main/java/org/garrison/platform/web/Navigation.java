package org.garrison.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.NavEntry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The main navigation for a signed-in user: the {@link NavEntry} beans of every module that the
 * user's permissions allow, grouped by section. Used by the page layout as {@code @navigation}.
 */
@Component("navigation")
public class Navigation {

    private final List<NavEntry> entries;

    Navigation(List<NavEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(NavEntry::section).thenComparingInt(NavEntry::order)).toList();
    }

    public List<Section> sectionsFor(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof CurrentUser user)) {
            return List.of();
        }
        var sections = new LinkedHashMap<String, List<NavEntry>>();
        for (NavEntry entry : entries) {
            if (entry.isVisibleTo(user)) {
                sections.computeIfAbsent(entry.section(), key -> new ArrayList<>()).add(entry);
            }
        }
        return sections.entrySet().stream()
            .sorted(Comparator.comparingInt(e -> SectionOrder.of(e.getKey())))
            .map(e -> new Section(e.getKey(), List.copyOf(e.getValue())))
            .toList();
    }

    public record Section(String key, List<NavEntry> entries) {
    }

    /** Sections appear in the order of a working day: own work, operations, clients, administration. */
    private static final class SectionOrder {

        private static final List<String> ORDER = List.of("nav.section.work", "nav.section.operations",
                "nav.section.clients", "nav.section.people", "nav.section.admin");

        static int of(String key) {
            int index = ORDER.indexOf(key);
            return index < 0 ? ORDER.size() : index;
        }

    }

}
