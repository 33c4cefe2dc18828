package org.garrison.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.NavEntry;
import org.garrison.shared.NavSection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The main navigation for a signed-in user: the {@link NavEntry} beans of every module that the
 * user's permissions allow, grouped by section, the sections in the order their {@link NavSection}
 * beans give. Used by the page layout as {@code @navigation}.
 */
@Component("navigation")
public class Navigation {

    private final List<NavEntry> entries;

    private final Map<String, Integer> sectionOrder = new HashMap<>();

    Navigation(List<NavEntry> entries, List<NavSection> sections) {
        this.entries = entries.stream().sorted(Comparator.comparing(NavEntry::section).thenComparingInt(NavEntry::order)).toList();
        for (NavSection section : sections) {
            Integer before = sectionOrder.putIfAbsent(section.key(), section.order());
            if (before != null && before != section.order()) {
                throw new IllegalStateException("navigation section " + section.key() + " declared with two orders");
            }
        }
    }

    /** Sections that entries name but no module declares (they would show last). */
    public Set<String> undeclaredSections() {
        var undeclared = new TreeSet<String>();
        entries.stream().map(NavEntry::section).filter(key -> !sectionOrder.containsKey(key)).forEach(undeclared::add);
        return undeclared;
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
            .sorted(Comparator.comparingInt(e -> sectionOrder.getOrDefault(e.getKey(), Integer.MAX_VALUE)))
            .map(e -> new Section(e.getKey(), List.copyOf(e.getValue())))
            .toList();
    }

    public record Section(String key, List<NavEntry> entries) {
    }

}
