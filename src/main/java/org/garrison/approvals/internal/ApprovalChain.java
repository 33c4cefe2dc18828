package org.garrison.approvals.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.approvals.RequestType;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** The ordered steps a request of one type goes through, with the type's names in both languages. */
@Entity
@Table(name = "approval_chain")
public class ApprovalChain {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_type")
    private String type;

    private String labelZh;

    private String labelEn;

    @ElementCollection
    @CollectionTable(name = "approval_chain_step", joinColumns = @JoinColumn(name = "chain_id"))
    @OrderColumn(name = "step_no")
    private List<ChainStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected ApprovalChain() {
    }

    public ApprovalChain(String type, String labelZh, String labelEn, List<ChainStep> steps) {
        this.type = type;
        change(labelZh, labelEn, steps);
    }

    /** Renames the type and replaces the steps; requests already submitted keep theirs. */
    public void change(String labelZh, String labelEn, List<ChainStep> steps) {
        if (steps.isEmpty()) {
            throw new DomainException("approvals.chain.noSteps");
        }
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.steps.clear();
        this.steps.addAll(steps);
    }

    /**
     * The steps a request with this amount and these flags goes through: the steps whose conditions hold,
     * in order, leaving out a step that repeats one already resolved (same role and name), so a condition
     * "adds the chairman if not already" does not make the chairman approve twice.
     */
    public List<RequestStep> resolve(@Nullable BigDecimal amount, Set<String> flags) {
        var resolved = new ArrayList<RequestStep>();
        for (ChainStep step : steps) {
            var candidate = new RequestStep(step.roleCode(), step.label());
            if (step.appliesTo(amount, flags) && !resolved.contains(candidate)) {
                resolved.add(candidate);
            }
        }
        if (resolved.isEmpty()) {
            throw new DomainException("approvals.chain.nothingApplies", type);
        }
        return resolved;
    }

    /**
     * The role the rulebook has approve every request of this type when this chain lets it approve only some (above
     * an amount, or on a flag) or not at all: a deviation an administrator chose, which the chain screen labels.
     * {@code null} when the chain follows the rulebook.
     */
    public @Nullable String rulebookDeviation() {
        String role = RequestType.of(type).map(RequestType::approvesEvery).orElse(null);
        if (role == null) {
            return null;
        }
        boolean always = steps.stream()
            .anyMatch(step -> step.roleCode().equals(role) && step.amountAbove() == null && step.requiredFlag() == null);
        return always ? null : role;
    }

    public String label(Locale locale) {
        return Objects.equals(locale.getLanguage(), "zh") ? labelZh : labelEn;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("type", type);
        map.put("labelZh", labelZh);
        map.put("labelEn", labelEn);
        map.put("steps", steps.stream().map(ChainStep::describe).toList());
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public List<ChainStep> getSteps() {
        return List.copyOf(steps);
    }

}
