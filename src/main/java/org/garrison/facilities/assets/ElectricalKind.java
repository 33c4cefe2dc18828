package org.garrison.facilities.assets;

/** The kinds of electrical equipment the seed names for inspection: 配电箱, 开关, 插座, 线路, 空调, 照明. */
public enum ElectricalKind {

    DISTRIBUTION_BOX, SWITCH, SOCKET, WIRING, AIR_CONDITIONER, LIGHTING;

    public String messageKey() {
        return "facilities.assets.electrical.kind." + name();
    }

    /** The seed's 重点设备 (配电箱、空调、照明), inspected more often. */
    public boolean keyByDefault() {
        return this == DISTRIBUTION_BOX || this == AIR_CONDITIONER || this == LIGHTING;
    }

}
