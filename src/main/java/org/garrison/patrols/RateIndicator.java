package org.garrison.patrols;

/**
 * Which reading of 巡逻到位率 a company appraises guards, sites and branches by (a company setting, see
 * {@link PatrolManagement#appraisalIndicator()}).
 */
public enum RateIndicator {

    /** Checkpoints scanned within their window ÷ checkpoints due (按时到位率). */
    ON_TIME,

    /** (应巡 − 漏巡) ÷ 应巡: checkpoints scanned, on time or late, ÷ checkpoints due; punctuality is read apart. */
    PRESENCE

}
