package org.garrison.duty.internal;

/** How the internal supervision group supervises (seed 003 §五 监督方法). */
public enum SupervisionMethod {

    /** 定期现场检查: regular checks on site. */
    ONSITE,

    /** 不定期抽查: unannounced spot checks. */
    SPOT,

    /** 远程监督: by video surveillance and the service system. */
    REMOTE,

    /** 客户反馈监督: the clients' feedback and satisfaction surveys. */
    FEEDBACK,

    /** 数据分析监督: the service data. */
    DATA

}
