package org.garrison.facilities.feedback;

/** How client feedback reached the company (seed 003 L982): the portal is the client's own, the others logistics records. */
public enum Channel {

    /** 服务热线 */
    HOTLINE,
    /** 在线问卷 */
    QUESTIONNAIRE,
    /** 意见箱 */
    SUGGESTION_BOX,
    /** 客户门户: filed by the client itself */
    PORTAL,
    /** 回访 */
    VISIT;

    public String messageKey() {
        return "facilities.feedback.channel." + name();
    }

}
