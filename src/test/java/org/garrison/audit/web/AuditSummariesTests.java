package org.garrison.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.garrison.shared.AuditSummaryCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;

class AuditSummariesTests {

    private final AuditSummaries summaries = summaries();

    @Test
    void showsTheCodesOfAnSlaClockByTheMessagesItsModuleNamesAndKeepsTheNumber() {
        assertThat(summaries.text("SlaClock", "COMPLAINT_STEP/KS-20261207-005/RETURN_VISIT", Locale.CHINA))
            .isEqualTo("投诉处理环节/KS-20261207-005/回访");
        assertThat(summaries.text("SlaClock", "COMPLAINT_STEP/KS-20261207-005/RETURN_VISIT", Locale.ENGLISH))
            .isEqualTo("Complaint step/KS-20261207-005/Return visit");
    }

    @Test
    void showsAWholeSummaryThatIsACode() {
        assertThat(summaries.text("OpinionCard", "PRAISE", Locale.CHINA)).isEqualTo("表扬");
        assertThat(summaries.text("Notification", "servicedesk.survey", Locale.CHINA)).isEqualTo("满意度调查");
    }

    @Test
    void leavesPartsWithoutAMessageAndRecordTypesWithoutCodesAsWritten() {
        assertThat(summaries.text("SlaClock", "COMPLAINT/KS-1 UNKNOWN_CODE", Locale.CHINA)).isEqualTo("COMPLAINT/KS-1 UNKNOWN_CODE");
        assertThat(summaries.text("Site", "PRAISE", Locale.CHINA)).isEqualTo("PRAISE");
        assertThat(summaries.text("OpinionCard", null, Locale.CHINA)).isNull();
    }

    @Test
    void showsTheCodesOfADeclaredFieldAndAFlagInTheReadersLanguage() {
        assertThat(summaries.value("SlaClock", "state", "RESOLVED", Locale.CHINA)).isEqualTo("已完成");
        assertThat(summaries.value("SlaClock", "state", "RESOLVED", Locale.ENGLISH)).isEqualTo("Resolved");
        assertThat(summaries.value("SlaClock", "category", "GENERAL/RETURN_VISIT", Locale.CHINA)).isEqualTo("一般性投诉/回访");
        assertThat(summaries.value("Site", "active", "true", Locale.CHINA)).isEqualTo("是");
        assertThat(summaries.value("Site", "active", "false", Locale.ENGLISH)).isEqualTo("No");
    }

    @Test
    void showsAListOfCodesKeptInATableByTheirNames() {
        assertThat(summaries.value("User", "roles", "[\"ADMIN\",\"GUARD\"]", Locale.CHINA))
            .isEqualTo("[\"系统管理员\",\"GUARD\"]");
        assertThat(summaries.text("Role", "ADMIN", Locale.ENGLISH)).isEqualTo("Administrator");
        assertThat(summaries.value("SlaClock", "state", "{\"RESOLVED\":[\"电话回访\"]}", Locale.CHINA))
            .isEqualTo("{\"已完成\":[\"电话回访\"]}");
    }

    @Test
    void leavesFreeTextInFieldsAsWrittenEvenWhenAWordIsACode() {
        assertThat(summaries.value("SlaClock", "note", "RESOLVED by phone", Locale.CHINA)).isEqualTo("RESOLVED by phone");
        assertThat(summaries.value("User", "displayName", "admin", Locale.CHINA)).isEqualTo("admin");
        assertThat(summaries.value("OpinionCard", "kind", "PRAISE", Locale.CHINA)).isEqualTo("表扬");
    }

    @Test
    void namesFieldsByTheModulesMessagesThenTheCommonOnesElseAsStored() {
        assertThat(summaries.field("User", "lockedUntil", Locale.CHINA)).isEqualTo("锁定至（用户）");
        assertThat(summaries.field("SlaClock", "state", Locale.CHINA)).isEqualTo("状态");
        assertThat(summaries.field("SlaClock", "itemRef", Locale.CHINA)).isEqualTo("itemRef");
    }

    private static AuditSummaries summaries() {
        var messages = new StaticMessageSource();
        messages.addMessage("sla.itemType.COMPLAINT_STEP", Locale.CHINA, "投诉处理环节");
        messages.addMessage("sla.category.RETURN_VISIT", Locale.CHINA, "回访");
        messages.addMessage("sla.itemType.COMPLAINT_STEP", Locale.ENGLISH, "Complaint step");
        messages.addMessage("sla.category.RETURN_VISIT", Locale.ENGLISH, "Return visit");
        messages.addMessage("servicedesk.card.kind.PRAISE", Locale.CHINA, "表扬");
        messages.addMessage("notification.kind.servicedesk.survey", Locale.CHINA, "满意度调查");
        messages.addMessage("sla.state.RESOLVED", Locale.CHINA, "已完成");
        messages.addMessage("sla.state.RESOLVED", Locale.ENGLISH, "Resolved");
        messages.addMessage("sla.category.GENERAL", Locale.CHINA, "一般性投诉");
        messages.addMessage("audit.value.true", Locale.CHINA, "是");
        messages.addMessage("audit.value.false", Locale.ENGLISH, "No");
        messages.addMessage("audit.field.state", Locale.CHINA, "状态");
        messages.addMessage("audit.field.lockedUntil", Locale.CHINA, "锁定至");
        messages.addMessage("user.lockedUntil", Locale.CHINA, "锁定至（用户）");
        AuditSummaryCodes.Names roles = (code, locale) -> "ADMIN".equals(code)
                ? ("zh".equals(locale.getLanguage()) ? "系统管理员" : "Administrator") : null;
        var beans = new DefaultListableBeanFactory();
        beans.registerSingleton("clock", new AuditSummaryCodes("SlaClock", "sla.itemType.", "sla.category.")
            .field("state", "sla.state.")
            .field("category", "sla.category."));
        beans.registerSingleton("user", new AuditSummaryCodes("User").field("roles").fieldNames("user.").names(roles));
        beans.registerSingleton("role", new AuditSummaryCodes("Role").names(roles));
        beans.registerSingleton("card", new AuditSummaryCodes("OpinionCard", "servicedesk.card.kind."));
        beans.registerSingleton("inbox", new AuditSummaryCodes("Notification", "notification.kind."));
        return new AuditSummaries(beans.getBeanProvider(AuditSummaryCodes.class), messages);
    }

}
