package org.garrison.duty.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;

/**
 * A configurable 四查 or 五防 check list. Seed 002 names the two without their contents, so none is shipped: the
 * company writes its own.
 */
@Entity
@Table(name = "du_check_list")
public class CheckList {

    /** Which of the two named lists this is. */
    public enum Kind {
        FOUR_CHECKS, FIVE_PREVENTIONS;

        public String messageKey() {
            return "duty.checkList.kind." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String name;

    /** The items, one per line. */
    private String items;

    protected CheckList() {
    }

    CheckList(Kind kind, String name, String items) {
        this.kind = kind;
        this.name = name.strip();
        change(items);
    }

    void change(String newItems) {
        var lines = lines(newItems);
        if (lines.isEmpty()) {
            throw new DomainException("duty.checkList.itemsRequired");
        }
        this.items = String.join("\n", lines);
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public List<String> itemList() {
        return lines(items);
    }

    public String getItems() {
        return items;
    }

}
