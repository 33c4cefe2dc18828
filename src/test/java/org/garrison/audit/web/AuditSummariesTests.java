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

    private static AuditSummaries summaries() {
        var messages = new StaticMessageSource();
        messages.addMessage("sla.itemType.COMPLAINT_STEP", Locale.CHINA, "投诉处理环节");
        messages.addMessage("sla.category.RETURN_VISIT", Locale.CHINA, "回访");
        messages.addMessage("sla.itemType.COMPLAINT_STEP", Locale.ENGLISH, "Complaint step");
        messages.addMessage("sla.category.RETURN_VISIT", Locale.ENGLISH, "Return visit");
        messages.addMessage("servicedesk.card.kind.PRAISE", Locale.CHINA, "表扬");
        messages.addMessage("notification.kind.servicedesk.survey", Locale.CHINA, "满意度调查");
        var beans = new DefaultListableBeanFactory();
        beans.registerSingleton("clock", new AuditSummaryCodes("SlaClock", "sla.itemType.", "sla.category."));
        beans.registerSingleton("card", new AuditSummaryCodes("OpinionCard", "servicedesk.card.kind."));
        beans.registerSingleton("inbox", new AuditSummaryCodes("Notification", "notification.kind."));
        return new AuditSummaries(beans.getBeanProvider(AuditSummaryCodes.class), messages);
    }

}
