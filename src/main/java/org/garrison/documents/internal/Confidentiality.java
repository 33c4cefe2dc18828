package org.garrison.documents.internal;

/** Who may see and download a document. */
public enum Confidentiality {

    /** Everyone with the register, including the clients of the document's site. */
    PUBLIC,
    /** Company staff with the register. */
    INTERNAL,
    /** Only holders of DOCUMENTS_CONFIDENTIAL; each download is audited. */
    CONFIDENTIAL;

    public String messageKey() {
        return "documents.confidentiality." + name();
    }

}
