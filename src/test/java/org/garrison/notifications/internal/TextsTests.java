package org.garrison.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class TextsTests {

    private final Texts texts = new Texts(messages());

    @Test
    void anArgumentWrittenAsAKeyIsShownAsItsMessageInTheReadersLanguagePartByPart() {
        var args = List.of("#sla.itemType.WORK_ORDER", "WO-DEMO-0002", "#sla.category.GENERAL/#sla.category.RETURN_VISIT",
                "#sla.target.RESPONSE", "2026-12-07 13:02");

        assertThat(texts.subject("sla.notification.breached", args, Locale.SIMPLIFIED_CHINESE))
            .isEqualTo("工单 WO-DEMO-0002（一般性投诉/回访）的响应时限已于 2026-12-07 13:02 超时，已升级处理。");
        assertThat(texts.subject("sla.notification.breached", args, Locale.ENGLISH))
            .isEqualTo("Response deadline of Work order WO-DEMO-0002 (General/Return visit) passed at 2026-12-07 13:02: escalated.");
    }

    @Test
    void otherArgumentsStayAsWrittenAndAnUnknownKeyShowsTheKey() {
        assertThat(texts.subject("sla.notification.breached",
                List.of("C#5/7", "#", "#no.such.key", "a/#sla.target.RESPONSE", "今天"), Locale.SIMPLIFIED_CHINESE))
            .isEqualTo("C#5/7 #（no.such.key）的a/响应时限已于 今天 超时，已升级处理。");
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(false);
        messages.addMessage("sla.notification.breached", Locale.SIMPLIFIED_CHINESE, "{0} {1}（{2}）的{3}时限已于 {4} 超时，已升级处理。");
        messages.addMessage("sla.notification.breached", Locale.ENGLISH, "{3} deadline of {0} {1} ({2}) passed at {4}: escalated.");
        messages.addMessage("sla.itemType.WORK_ORDER", Locale.SIMPLIFIED_CHINESE, "工单");
        messages.addMessage("sla.itemType.WORK_ORDER", Locale.ENGLISH, "Work order");
        messages.addMessage("sla.category.GENERAL", Locale.SIMPLIFIED_CHINESE, "一般性投诉");
        messages.addMessage("sla.category.GENERAL", Locale.ENGLISH, "General");
        messages.addMessage("sla.category.RETURN_VISIT", Locale.SIMPLIFIED_CHINESE, "回访");
        messages.addMessage("sla.category.RETURN_VISIT", Locale.ENGLISH, "Return visit");
        messages.addMessage("sla.target.RESPONSE", Locale.SIMPLIFIED_CHINESE, "响应");
        messages.addMessage("sla.target.RESPONSE", Locale.ENGLISH, "Response");
        return messages;
    }

}
