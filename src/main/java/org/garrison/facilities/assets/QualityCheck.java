package org.garrison.facilities.assets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A quality check (质量检查) of one facility service at a site: self (自查), peer (互查) or third party (第三方评估), with
 * its items and a score out of 100. The score is the share of passed items, unless a third party gave its own; a
 * third party's check may carry its external report (a reference or its text).
 */
@Entity
@Table(name = "fa_quality_check")
class QualityCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private ServiceKind service;

    @Enumerated(EnumType.STRING)
    private QualityCheckKind kind;

    private LocalDate onDay;

    private String checker;

    private int score;

    private @Nullable String externalReport;

    private @Nullable String notes;

    private String recordedBy;

    private Instant recordedAt;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "fa_quality_check_item", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "item_order")
    private List<QualityCheckItem> items = new ArrayList<>();

    protected QualityCheck() {
    }

    QualityCheck(long siteId, ServiceKind service, QualityCheckKind kind, LocalDate onDay, String checker,
            List<QualityCheckItem> items, @Nullable Integer givenScore, @Nullable String externalReport,
            @Nullable String notes, String recordedBy, Instant recordedAt) {
        if (service.isGuarding()) {
            throw new DomainException("facilities.assets.quality.notFacilityService");
        }
        this.score = score(kind, items, givenScore);
        this.siteId = siteId;
        this.service = service;
        this.kind = kind;
        this.onDay = onDay;
        this.checker = checker.strip();
        this.items.addAll(items);
        this.externalReport = kind == QualityCheckKind.THIRD_PARTY ? Texts.blankToNull(externalReport) : null;
        this.notes = Texts.blankToNull(notes);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * The score out of 100: a third party's own score when it gave one, otherwise passed ÷ items × 100 rounded. A
     * check needs items unless a third party scored it; only a third party gives a score.
     */
    static int score(QualityCheckKind kind, List<QualityCheckItem> items, @Nullable Integer givenScore) {
        if (givenScore != null) {
            if (kind != QualityCheckKind.THIRD_PARTY) {
                throw new DomainException("facilities.assets.quality.scoreOnlyThirdParty");
            }
            if (givenScore < 0 || givenScore > 100) {
                throw new DomainException("facilities.assets.quality.scoreRange");
            }
            return givenScore;
        }
        if (items.isEmpty()) {
            throw new DomainException("facilities.assets.quality.noItems");
        }
        long passed = items.stream().filter(QualityCheckItem::isPassed).count();
        return (int) Math.round(passed * 100.0 / items.size());
    }

    Long getId() {
        return id;
    }

    long getSiteId() {
        return siteId;
    }

    ServiceKind getService() {
        return service;
    }

    QualityCheckKind getKind() {
        return kind;
    }

    LocalDate getOnDay() {
        return onDay;
    }

    String getChecker() {
        return checker;
    }

    int getScore() {
        return score;
    }

    @Nullable String getExternalReport() {
        return externalReport;
    }

    @Nullable String getNotes() {
        return notes;
    }

    String getRecordedBy() {
        return recordedBy;
    }

    List<QualityCheckItem> getItems() {
        return items;
    }

}
