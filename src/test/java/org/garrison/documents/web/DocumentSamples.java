package org.garrison.documents.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.garrison.documents.internal.Confidentiality;
import org.garrison.documents.internal.DocumentType;
import org.garrison.documents.internal.Download;
import org.garrison.documents.internal.Views.DocumentCard;
import org.garrison.documents.internal.Views.DocumentRow;
import org.garrison.documents.internal.Views.VersionRow;

/** Rows the mocked services of the web slices return. */
final class DocumentSamples {

    static final String NUMBER = "附件-合同-20230101-001";

    private DocumentSamples() {
    }

    static DocumentRow contract() {
        return new DocumentRow(7, NUMBER, "安保服务合同", DocumentType.CONTRACT, Confidentiality.PUBLIC, 3L, "鹏城银行福田支行", "档案室 A 柜第 3 层", 2,
                Instant.parse("2023-01-01T02:00:00Z"), "运营经理");
    }

    static DocumentCard card() {
        return new DocumentCard(contract(), List.of(
                new VersionRow(2, "补充条款", "合同.pdf", "application/pdf", 2048, false, Instant.parse("2023-01-02T02:00:00Z"), "运营经理"),
                new VersionRow(1, "初版", "合同.pdf", "application/pdf", 1024, false, Instant.parse("2023-01-01T02:00:00Z"), "运营经理")));
    }

    static Download pdf() {
        byte[] bytes = "%PDF-1.4".getBytes(StandardCharsets.US_ASCII);
        return new Download("合同.pdf", "application/pdf", bytes.length, () -> new ByteArrayInputStream(bytes));
    }

}
