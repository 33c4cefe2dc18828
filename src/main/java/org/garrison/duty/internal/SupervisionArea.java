package org.garrison.duty.internal;

/** What the internal supervision group checks (RULES B.1 S10: 工作纪律、服务质量、物资设备管理). */
public enum SupervisionArea {

    DISCIPLINE, SERVICE_QUALITY, EQUIPMENT

}
