package org.garrison.siteops.access;

/** The identity document a person shows at the gate; only resident IDs are checked digit by digit. */
public enum IdType {

    RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, OTHER;

    public String messageKey() {
        return "siteops.access.idType." + name();
    }

}
