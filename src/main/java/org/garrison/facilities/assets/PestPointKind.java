package org.garrison.facilities.assets;

/** What a pest monitoring point is: 鼠饵站, 粘蝇板, 灭蚊灯, 蟑螂屋 or another device. */
public enum PestPointKind {

    RODENT_BAIT, FLY_BOARD, MOSQUITO_LAMP, COCKROACH_TRAP, OTHER;

    public String messageKey() {
        return "facilities.assets.pest.kind." + name();
    }

}
