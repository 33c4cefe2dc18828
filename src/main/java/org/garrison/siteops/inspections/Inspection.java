package org.garrison.siteops.inspections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A safety inspection done at a site with a checklist, with the outcome of each item. */
@Entity
@Table(name = "so_inspection")
public class Inspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private long checklistId;

    private String checklistName;

    private Instant inspectedAt;

    private long inspectorId;

    private String inspectorName;

    private int failedCount;

    @ElementCollection
    @CollectionTable(name = "so_inspection_item", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderBy("position")
    private List<InspectionItem> items = new ArrayList<>();

    protected Inspection() {
    }

    Inspection(long siteId, Checklist checklist, Instant inspectedAt, long inspectorId, String inspectorName,
            List<InspectionItem> items) {
        this.siteId = siteId;
        this.checklistId = checklist.getId();
        this.checklistName = checklist.getName();
        this.inspectedAt = inspectedAt;
        this.inspectorId = inspectorId;
        this.inspectorName = inspectorName;
        this.items = new ArrayList<>(items);
        this.failedCount = (int) items.stream().filter(i -> i.getOutcome() == InspectionItem.Outcome.FAIL).count();
    }

    /** The checked items in checklist order (loaded lazily: read them inside a transaction). */
    public List<InspectionItem> getItems() {
        return List.copyOf(items);
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getChecklistId() {
        return checklistId;
    }

    public String getChecklistName() {
        return checklistName;
    }

    public Instant getInspectedAt() {
        return inspectedAt;
    }

    public String getInspectorName() {
        return inspectorName;
    }

    public int getFailedCount() {
        return failedCount;
    }

}
