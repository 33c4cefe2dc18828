package org.garrison.documents.internal;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.garrison.documents.Upload;
import org.garrison.documents.internal.Views.NewDocument;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a contract (PDF) and a gate photo for 鹏城银行's site S101, meeting minutes with two
 * versions and a confidential policy, registered through the same service as a user's uploads.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoDocuments implements StartupData {

    private static final Reader SYSTEM = new Reader(DataScope.company(0), true);

    private final DocumentRegister register;

    private final DocumentRepository documents;

    private final OrganisationManagement organisation;

    DemoDocuments(DocumentRegister register, DocumentRepository documents, OrganisationManagement organisation) {
        this.register = register;
        this.documents = documents;
        this.organisation = organisation;
    }

    @Override
    public String name() {
        return "documents.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo");
    }

    @Override
    @Transactional
    public void load() {
        if (documents.count() > 0) {
            return;
        }
        Long bankSite = organisation.siteByCode("S101").map(SiteId::value).orElse(null);
        register.register(SYSTEM, new NewDocument("鹏城银行福田支行安保服务合同", DocumentType.CONTRACT, Confidentiality.PUBLIC,
                bankSite, "双方盖章版", "档案室 A 柜第 3 层"), new Upload("鹏城银行福田支行安保服务合同.pdf", "application/pdf",
                        DemoFiles.pdf("Security Services Contract", "Client: Pengcheng Bank, Futian sub-branch (S101)",
                                "Term: 2026-01-01 to 2026-12-31", "Guards: 6, posts: gate, lobby, patrol, control room")));
        register.register(SYSTEM, new NewDocument("福田支行大门岗照片", DocumentType.PHOTO, Confidentiality.PUBLIC, bankSite,
                "交接检查时拍摄", null), new Upload("S101-大门岗.png", "image/png", DemoFiles.png("S101 Main gate")));
        var minutes = register.register(SYSTEM, new NewDocument("十一月安保工作例会会议纪要", DocumentType.MINUTES,
                Confidentiality.INTERNAL, null, "会后初稿", null), text("会议纪要.txt", """
                        十一月安保工作例会
                        一、各驻点交接班记录须当班填写完整。
                        二、第一大队下周完成消防器材检查。
                        """));
        register.addVersion(SYSTEM, minutes.getId(), "补充第三项决议并经主持人确认", text("会议纪要.txt", """
                十一月安保工作例会（定稿）
                一、各驻点交接班记录须当班填写完整。
                二、第一大队下周完成消防器材检查。
                三、客户投诉须在 24 小时内回复。
                """));
        register.register(SYSTEM, new NewDocument("员工薪酬与奖惩管理制度", DocumentType.POLICY, Confidentiality.CONFIDENTIAL,
                null, "董事长审定", "档案室 B 柜（机密）"), new Upload("薪酬与奖惩制度.pdf", "application/pdf",
                        DemoFiles.pdf("Pay and Discipline Policy (confidential)", "Approved by the chairman")));
    }

    private static Upload text(String name, String content) {
        return new Upload(name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

}
