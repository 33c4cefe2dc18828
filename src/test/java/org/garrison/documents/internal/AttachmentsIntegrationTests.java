package org.garrison.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.garrison.documents.AttachmentView;
import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AttachmentsIntegrationTests {

    @Autowired
    DocumentsManagement documents;

    @Test
    void filesAttachedToARecordAreListedAndOpenedThroughIt() throws IOException {
        String incident = UUID.randomUUID().toString();
        var photo = documents.attach("Incident", incident, new Upload("现场.png", "image/png", ThumbnailsTests.png(640, 480)));
        documents.attach("Incident", incident, DocumentRegisterIntegrationTests.text("记录.txt", "经过"));

        assertThat(documents.attachmentsOf("Incident", incident)).extracting(AttachmentView::fileName)
            .containsExactly("现场.png", "记录.txt");
        assertThat(photo.hasThumbnail()).isTrue();
        try (var thumbnail = documents.open("Incident", incident, photo.id(), true)) {
            assertThat(ImageIO.read(thumbnail).getWidth()).isEqualTo(240);
        }
        try (var text = documents.open("Incident", incident, documents.attachmentsOf("Incident", incident).get(1).id(), false)) {
            assertThat(new String(text.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("经过");
        }
    }

    @Test
    void anAttachmentIsOnlyFoundThroughItsOwnRecord() {
        var file = documents.attach("Incident", UUID.randomUUID().toString(), DocumentRegisterIntegrationTests.text("a.txt", "a"));

        assertThatThrownBy(() -> documents.open("Incident", "someone-else", file.id(), false))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesFilesOutsideTheAllowList() {
        assertThatThrownBy(() -> documents.attach("Incident", "1", new Upload("x.sh", "text/x-sh", new byte[] { 1 })))
            .isInstanceOfSatisfying(DomainException.class,
                    ex -> assertThat(ex.messageKey()).isEqualTo("documents.file.typeRefused"));
    }

}
