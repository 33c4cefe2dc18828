package org.garrison.servicedesk.internal;

/** The three complaint categories of the rulebook (001 ch.10 §2). */
public enum ComplaintCategory {

    /** 一般性投诉: adjust staff, tighten management, retrain; no compensation. */
    GENERAL,
    /** 扣服务费性投诉: the client claims a deduction under the contract; handled first. */
    FEE_DEDUCTION,
    /** 非正当理由投诉: not the company's fault, handled with care. */
    UNJUSTIFIED;

    public String messageKey() {
        return "servicedesk.category." + name();
    }

}
