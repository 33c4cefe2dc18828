package org.garrison.contracts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;

/**
 * One numbered version of a contract's proposal (服务方案): its service lines, their monthly total and
 * what changed since the version before. Versions are never changed; a revision is a new version.
 */
@Entity
@Table(name = "con_proposal")
public class ProposalVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long contractId;

    private int number;

    private String changes;

    private BigDecimal monthlyTotal;

    private Instant createdAt;

    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "con_proposal_line", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "line_no")
    private List<ServiceLine> lines = new ArrayList<>();

    protected ProposalVersion() {
    }

    /** A version with at least one line; its total is the sum of the lines' monthly fees. */
    ProposalVersion(long contractId, int number, String changes, List<ServiceLine> lines, Instant createdAt,
            String createdBy) {
        if (lines.isEmpty()) {
            throw new DomainException("proposal.noLines");
        }
        if (changes.isBlank()) {
            throw new DomainException("proposal.changesMissing");
        }
        this.contractId = contractId;
        this.number = number;
        this.changes = changes.strip();
        this.lines = new ArrayList<>(lines);
        this.monthlyTotal = lines.stream().map(ServiceLine::getMonthlyFee).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("number", number);
        map.put("changes", changes);
        map.put("lines", lines.size());
        map.put("monthlyTotal", monthlyTotal);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getContractId() {
        return contractId;
    }

    public int getNumber() {
        return number;
    }

    public String getChanges() {
        return changes;
    }

    public BigDecimal getMonthlyTotal() {
        return monthlyTotal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<ServiceLine> getLines() {
        return List.copyOf(lines);
    }

}
