package org.garrison.documents.internal;

/** Kinds of registered documents; the Chinese label is part of the document number (附件-合同-…). */
public enum DocumentType {

    CONTRACT("合同"), MINUTES("会议纪要"), SURVEY("调查"), POLICY("制度"), STATISTICS("统计"), PHOTO("照片"),
    VIDEO("视频"), OTHER("其他");

    private final String numberLabel;

    DocumentType(String numberLabel) {
        this.numberLabel = numberLabel;
    }

    /** The numbering series of this type, e.g. {@code 附件-合同}. */
    public String series() {
        return "附件-" + numberLabel;
    }

    public String messageKey() {
        return "documents.type." + name();
    }

}
