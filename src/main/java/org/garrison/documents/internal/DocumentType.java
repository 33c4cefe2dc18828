package org.garrison.documents.internal;

import org.garrison.numbering.Series;

/**
 * Kinds of registered documents, after seed 003's 附件类型 and 附件清单 (合同, 调研, 培训, 财务); the Chinese
 * label is part of the document number (附件-合同-…).
 */
public enum DocumentType {

    CONTRACT("合同"), MINUTES("会议纪要"), SURVEY("调研"), POLICY("制度"), STATISTICS("统计"), CHART("图表"),
    TRAINING("培训"), FINANCE("财务"), PHOTO("照片"), VIDEO("视频"), AUDIO("音频"), OTHER("其他");

    /** The key of the register's daily counter. */
    static final String DAILY_COUNTER = "附件";

    private final String numberLabel;

    DocumentType(String numberLabel) {
        this.numberLabel = numberLabel;
    }

    /**
     * How numbers of this type look, e.g. {@code 附件-合同-20230101-001}: every type draws from the register's one
     * daily counter, so a day's attachments are numbered 001, 002, … across types.
     */
    public Series series() {
        return new Series(DAILY_COUNTER, DAILY_COUNTER + "-" + numberLabel, "-", 3);
    }

    public String messageKey() {
        return "documents.type." + name();
    }

}
