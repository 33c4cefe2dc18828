package org.garrison.facilities.assets;

/** How a quality-check item is checked (seed 003): 白手套测试, 目视, 消毒试纸, 嗅觉 or another way. */
public enum CheckMethod {

    WHITE_GLOVE, VISUAL, TEST_STRIP, SMELL, OTHER;

    public String messageKey() {
        return "facilities.assets.quality.method." + name();
    }

}
