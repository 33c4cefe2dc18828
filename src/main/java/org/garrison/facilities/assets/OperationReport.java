package org.garrison.facilities.assets;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The engineer's part of a site's monthly equipment operation report (设备运行报告, seed 003 L143–144): the analysis of
 * how the equipment ran and the suggestions; the figures, abnormal readings and faults come from the records.
 */
@Entity
@Table(name = "fa_electrical_report")
class OperationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private LocalDate monthStart;

    private String analysis;

    private String suggestions;

    private String writtenBy;

    private Instant writtenAt;

    @Version
    private long version;

    protected OperationReport() {
    }

    OperationReport(long siteId, LocalDate monthStart) {
        this.siteId = siteId;
        this.monthStart = monthStart;
    }

    void write(String analysisText, String suggestionsText, String by, Instant at) {
        this.analysis = analysisText.strip();
        this.suggestions = suggestionsText.strip();
        this.writtenBy = by;
        this.writtenAt = at;
    }

    Long getId() {
        return id;
    }

    String getAnalysis() {
        return analysis;
    }

    String getSuggestions() {
        return suggestions;
    }

    String getWrittenBy() {
        return writtenBy;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }

}
