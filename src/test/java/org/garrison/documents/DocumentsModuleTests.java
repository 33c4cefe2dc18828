package org.garrison.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.garrison.documents.internal.Confidentiality;
import org.garrison.documents.internal.DocumentRegister;
import org.garrison.documents.internal.DocumentType;
import org.garrison.documents.internal.Reader;
import org.garrison.documents.internal.Views.NewDocument;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.testsupport.ModuleTestBeans;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The documents module with numbering and organisation (long jobs, used only to move files between stores, is a
 * mock: its demo data needs the demo users): a registered document is numbered and audited.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = { "numbering", "organisation" })
@Import(ModuleTestBeans.class)
class DocumentsModuleTests {

    @Autowired
    DocumentRegister register;

    @MockitoBean
    AuthenticationManager authenticationManager;

    @MockitoBean
    LongJobs longJobs;

    @Test
    void registeredDocumentGetsTheNextNumberOfItsTypeAndDayAndIsAudited(Scenario scenario) {
        String title = "模块测试纪要 " + UUID.randomUUID().toString().substring(0, 6);
        var reader = new Reader(DataScope.company(0), true);
        var upload = new Upload("minutes.txt", "text/plain", "会议纪要正文".getBytes(StandardCharsets.UTF_8));

        String today = LocalDate.now(TestClock.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);

        scenario.stimulate(() -> register.register(reader, new NewDocument(title, DocumentType.MINUTES, Confidentiality.INTERNAL,
                null, "初稿", null), upload))
            .andWaitForEventOfType(AuditedChange.class)
            .matching(change -> change.entityType().equals("Document") && change.after() != null
                    && title.equals(change.after().get("title")))
            .toArriveAndVerify(change -> {
                assertThat(change.action()).isEqualTo("CREATE");
                assertThat(change.summary()).matches("附件-会议纪要-" + today + "-\\d{3,}");
            });
    }

}
