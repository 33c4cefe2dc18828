package org.garrison.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.garrison.identity.IdentityManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

class LabelsTests {

    private final StaticMessageSource messages = new StaticMessageSource();

    private final IdentityManagement identity = mock(IdentityManagement.class);

    private final Labels labels = new Labels(messages,
            new Formats(Clock.system(ZoneId.of("Asia/Shanghai")), FormatsTests.messages()), identity);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aCodeReadsAsItsMessageOrElseAsWords() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        messages.addMessage("sla.category.GENERAL", Locale.SIMPLIFIED_CHINESE, "一般性投诉");
        messages.addMessage("sla.category.ANSWER", Locale.SIMPLIFIED_CHINESE, "答复客户");
        assertThat(labels.of("sla.category.", "GENERAL")).isEqualTo("一般性投诉");
        assertThat(labels.of("audit.action.", "RECORD_FACTS")).isEqualTo("Record facts");
        assertThat(labels.of("audit.entity.", "WorkOrder")).isEqualTo("Work order");
        assertThat(labels.of("numbering.series.", "附件-合同")).isEqualTo("附件-合同");
        assertThat(labels.path("sla.category.", "GENERAL/ANSWER")).isEqualTo("一般性投诉 / 答复客户");
        assertThat(labels.path("sla.category.", "GENERAL/RETURN_VISIT")).isEqualTo("一般性投诉 / Return visit");
    }

    @Test
    void rolesReadAsTheirNamesInTheUsersLanguageUnknownCodesStay() {
        when(identity.roleName(anyString(), any())).thenReturn(Optional.empty());
        when(identity.roleName("NIGHT_DESK", Locale.CHINESE)).thenReturn(Optional.of("夜间值班台"));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(labels.roles("CUSTOMER_SERVICE > SECURITY_OPS, NIGHT_DESK > CHAIRMAN, GONE_ROLE"))
            .isEqualTo("客户服务部 > 人防部, 夜间值班台 > 董事长 / 管理层, GONE_ROLE");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(labels.role("TEAM_LEADER")).isEqualTo("Team leader");
    }

    @Test
    void storedValuesAndSummariesReadAsWordsAndBusinessTimes() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(labels.value("FEE_DEDUCTION")).isEqualTo("Fee deduction");
        assertThat(labels.value("RUNNING")).isEqualTo("Running");
        assertThat(labels.value("2026-12-06T12:44:00Z")).isEqualTo("2026年12月6日 20:44");
        assertThat(labels.value("福田支行")).isEqualTo("福田支行");
        assertThat(labels.text("PRAISE")).isEqualTo("Praise");
        assertThat(labels.text("COMPLAINT_STEP/KS-20261207-002/ANSWER")).isEqualTo("Complaint step/KS-20261207-002/Answer");
        assertThat(labels.text("API 令牌 WAND-7653949c-A")).isEqualTo("API 令牌 WAND-7653949c-A");
    }

}
