package org.garrison.siteops.inspections;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;

/** A checklist template (检查表): its items in order, one per line; an edit applies to inspections started after it. */
@Entity
@Table(name = "so_checklist")
public class Checklist {

    /** What a checklist inspects. */
    public enum Category {
        FIRE, ELECTRICAL, DOORS_WINDOWS, OTHER;

        public String messageKey() {
            return "siteops.checklist.category." + name();
        }
    }

    static final int MAX_ITEMS = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Category category;

    private String items;

    private boolean active;

    @Version
    private long version;

    protected Checklist() {
    }

    Checklist(String name, Category category, String items) {
        this.active = true;
        change(name, category, items, true);
    }

    /** @throws DomainException when no item is left, there are too many, or one is longer than 300 characters */
    void change(String newName, Category newCategory, String newItems, boolean isActive) {
        var lines = parse(newItems);
        if (lines.isEmpty()) {
            throw new DomainException("siteops.checklist.noItems");
        }
        if (lines.size() > MAX_ITEMS || lines.stream().anyMatch(line -> line.length() > 300)) {
            throw new DomainException("siteops.checklist.tooManyItems", MAX_ITEMS);
        }
        this.name = newName.strip();
        this.category = newCategory;
        this.items = String.join("\n", lines);
        this.active = isActive;
    }

    /** The items in order. */
    public List<String> itemList() {
        return parse(items);
    }

    public static List<String> parse(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Category getCategory() {
        return category;
    }

    public String getItems() {
        return items;
    }

    public boolean isActive() {
        return active;
    }

}
