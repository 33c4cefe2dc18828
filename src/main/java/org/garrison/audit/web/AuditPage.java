package org.garrison.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of audit-log entries, newest first.
 *
 * @param page the page number, from 0
 */
@Schema(description = "One page of audit-log entries, newest first")
public record AuditPage(List<AuditEntryView> entries, int page, int size, long totalEntries, int totalPages) {
}
