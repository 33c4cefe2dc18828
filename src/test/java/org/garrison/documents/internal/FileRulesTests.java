package org.garrison.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.garrison.documents.Upload;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class FileRulesTests {

    private final FileRules rules = new FileRules(DataSize.ofKilobytes(10));

    @Test
    void acceptsImagesPdfOfficeAndTextWithTheTypeTheirExtensionImplies() {
        assertThat(rules.check(upload("合同.PDF", "application/pdf"))).isEqualTo("application/pdf");
        assertThat(rules.check(upload("photo.jpg", "image/jpeg"))).isEqualTo("image/jpeg");
        assertThat(rules.check(upload("roster.xlsx", "application/octet-stream")))
            .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(rules.check(upload("notes.txt", "text/plain; charset=UTF-8"))).isEqualTo("text/plain");
    }

    @Test
    void refusesOtherTypesWithTheFileName() {
        assertRefused(upload("setup.exe", "application/octet-stream"), "documents.file.typeRefused");
        assertRefused(upload("page.html", "text/html"), "documents.file.typeRefused");
        assertRefused(upload("no-extension", "application/pdf"), "documents.file.typeRefused");
    }

    @Test
    void refusesADeclaredTypeThatContradictsTheExtension() {
        assertRefused(upload("report.pdf", "text/html"), "documents.file.typeRefused");
    }

    @Test
    void refusesEmptyAndTooLargeFiles() {
        assertRefused(new Upload("empty.txt", "text/plain", new byte[0]), "documents.file.empty");
        assertRefused(new Upload("big.txt", "text/plain", new byte[10 * 1024 + 1]), "documents.file.tooLarge");
    }

    @Test
    void cleanNameKeepsOnlyTheLastPathSegment() {
        assertThat(FileRules.cleanName("C:\\Users\\ops\\合同.pdf")).isEqualTo("合同.pdf");
        assertThat(FileRules.cleanName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
    }

    private void assertRefused(Upload upload, String key) {
        assertThatThrownBy(() -> rules.check(upload)).isInstanceOfSatisfying(DomainException.class,
                ex -> assertThat(ex.messageKey()).isEqualTo(key));
    }

    private static Upload upload(String name, String type) {
        return new Upload(name, type, "content".getBytes(StandardCharsets.UTF_8));
    }

}
