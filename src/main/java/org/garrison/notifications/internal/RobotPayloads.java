package org.garrison.notifications.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON a WeCom (企业微信) or DingTalk (钉钉) group robot accepts for a text message. A DingTalk robot
 * secured by a keyword only accepts texts containing it, so the keyword leads the text.
 */
final class RobotPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RobotPayloads() {
    }

    static String text(RobotFlavour flavour, @Nullable String keyword, String content) {
        String text = flavour == RobotFlavour.DINGTALK && keyword != null && !keyword.isBlank()
                && !content.contains(keyword) ? "[" + keyword + "] " + content : content;
        return JSON.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", text)));
    }

}
