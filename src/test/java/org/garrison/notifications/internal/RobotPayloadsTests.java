package org.garrison.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RobotPayloadsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void weComTextMessageHasTheRobotsShape() {
        JsonNode payload = json.readTree(RobotPayloads.text(RobotFlavour.WECOM, null, "【时限超时】工单 7 超时"));
        assertThat(payload.path("msgtype").asString()).isEqualTo("text");
        assertThat(payload.path("text").path("content").asString()).isEqualTo("【时限超时】工单 7 超时");
        assertThat(payload.propertyNames()).containsExactlyInAnyOrder("msgtype", "text");
    }

    @Test
    void dingTalkTextLeadsWithTheKeywordWhenTheRobotNeedsOne() {
        JsonNode payload = json.readTree(RobotPayloads.text(RobotFlavour.DINGTALK, "告警", "工单 7 超时"));
        assertThat(payload.path("msgtype").asString()).isEqualTo("text");
        assertThat(payload.path("text").path("content").asString()).isEqualTo("[告警] 工单 7 超时");
    }

    @Test
    void dingTalkTextIsLeftAloneWithoutKeywordOrWhenItAlreadyHoldsIt() {
        assertThat(json.readTree(RobotPayloads.text(RobotFlavour.DINGTALK, null, "x")).path("text").path("content")
            .asString()).isEqualTo("x");
        assertThat(json.readTree(RobotPayloads.text(RobotFlavour.DINGTALK, "告警", "告警：x")).path("text")
            .path("content").asString()).isEqualTo("告警：x");
    }

}
