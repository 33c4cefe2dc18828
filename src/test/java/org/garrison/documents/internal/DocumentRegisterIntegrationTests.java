package org.garrison.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.garrison.documents.Upload;
import org.garrison.documents.internal.Views.DocumentFilter;
import org.garrison.documents.internal.Views.DocumentRow;
import org.garrison.documents.internal.Views.NewDocument;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DocumentRegisterIntegrationTests {

    static final Reader OFFICE = new Reader(DataScope.company(1), false);

    static final Reader CHAIRMAN = new Reader(DataScope.company(1), true);

    @Autowired
    DocumentRegister register;

    @Autowired
    DocumentQueries queries;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registeredDocumentIsNumberedByTypeAndDayAndKeepsItsFirstVersion() throws IOException {
        var document = register.register(OFFICE, details("合同", DocumentType.CONTRACT, Confidentiality.INTERNAL, null),
                text("contract.txt", "v1"));

        String today = LocalDate.now(TestClock.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(document.getDocNumber()).matches("附件-合同-" + today + "-\\d{3,}");
        var card = queries.card(OFFICE, document.getId());
        assertThat(card.versions()).singleElement().satisfies(v -> {
            assertThat(v.versionNo()).isEqualTo(1);
            assertThat(v.contentType()).isEqualTo("text/plain");
        });
        assertThat(read(queries.download(OFFICE, document.getId(), 1))).isEqualTo("v1");
    }

    @Test
    void aDaysAttachmentsAreNumberedByOneCounterAcrossTypesAsInTheSeedsList() throws IOException {
        var numbers = new java.util.ArrayList<String>();
        for (var type : List.of(DocumentType.CONTRACT, DocumentType.SURVEY, DocumentType.TRAINING, DocumentType.FINANCE)) {
            numbers.add(register.register(OFFICE, details("清单-" + UUID.randomUUID(), type, Confidentiality.INTERNAL, null),
                    text("a.txt", "x")).getDocNumber());
        }
        String today = LocalDate.now(TestClock.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(numbers.get(0)).startsWith("附件-合同-" + today + "-");
        assertThat(numbers.get(1)).startsWith("附件-调研-" + today + "-");
        assertThat(numbers.get(2)).startsWith("附件-培训-" + today + "-");
        assertThat(numbers.get(3)).startsWith("附件-财务-" + today + "-");
        int first = sequence(numbers.get(0));
        assertThat(numbers.stream().map(DocumentRegisterIntegrationTests::sequence).toList())
            .containsExactly(first, first + 1, first + 2, first + 3);
    }

    @Test
    void thePaperOriginalsLocationIsKeptWithTheDocument() throws IOException {
        var document = register.register(OFFICE, new NewDocument("纸质-" + UUID.randomUUID(), DocumentType.CONTRACT,
                Confidentiality.INTERNAL, null, "盖章原件", " 档案室 A 柜第 3 层 "), text("c.txt", "v1"));
        assertThat(queries.card(OFFICE, document.getId()).document().paperLocation()).isEqualTo("档案室 A 柜第 3 层");
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void documentsRegisteredAtOnceGetDistinctConsecutiveNumbers() throws Exception {
        int threads = 6;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<String>> numbers = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                numbers.add(pool.submit(() -> {
                    start.await();
                    return register.register(OFFICE, details("并发-" + UUID.randomUUID(), DocumentType.STATISTICS,
                            Confidentiality.INTERNAL, null), text("s.txt", "a,b")).getDocNumber();
                }));
            }
            start.countDown();
            java.util.List<Integer> sequences = new java.util.ArrayList<>();
            for (var number : numbers) {
                String drawn = number.get();
                assertThat(drawn).startsWith("附件-统计-");
                sequences.add(Integer.parseInt(drawn.substring(drawn.lastIndexOf('-') + 1)));
            }
            int first = java.util.Collections.min(sequences);
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.range(first, first + threads).boxed().toList());
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void newVersionKeepsTheOldOneDownloadable() throws IOException {
        var document = register.register(OFFICE, details("纪要", DocumentType.MINUTES, Confidentiality.INTERNAL, null),
                text("minutes.txt", "first"));

        int second = register.addVersion(OFFICE, document.getId(), "补充第二项决议", text("minutes.txt", "second"));

        assertThat(second).isEqualTo(2);
        var card = queries.card(OFFICE, document.getId());
        assertThat(card.versions()).extracting(Views.VersionRow::versionNo).containsExactly(2, 1);
        assertThat(card.versions().get(0).changeNote()).isEqualTo("补充第二项决议");
        assertThat(card.document().currentVersion()).isEqualTo(2);
        assertThat(read(queries.download(OFFICE, document.getId(), 1))).isEqualTo("first");
        assertThat(read(queries.download(OFFICE, document.getId(), 2))).isEqualTo("second");
    }

    @Test
    void confidentialDocumentsExistOnlyForHoldersOfThePermission() {
        String title = "机密-" + UUID.randomUUID();
        var secret = register.register(CHAIRMAN, details(title, DocumentType.POLICY, Confidentiality.CONFIDENTIAL, null),
                text("secret.txt", "secret"));

        assertThat(titles(OFFICE, title)).isEmpty();
        assertThatThrownBy(() -> queries.card(OFFICE, secret.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.download(OFFICE, secret.getId(), 1)).isInstanceOf(NotFoundException.class);
        assertThat(titles(CHAIRMAN, title)).containsExactly(title);
    }

    @Test
    void registeringConfidentialNeedsThePermission() {
        assertThatThrownBy(() -> register.register(OFFICE,
                details("x", DocumentType.POLICY, Confidentiality.CONFIDENTIAL, null), text("x.txt", "x")))
            .isInstanceOfSatisfying(DomainException.class,
                    ex -> assertThat(ex.messageKey()).isEqualTo("documents.confidentialNotAllowed"));
    }

    @Test
    void everyDownloadOfAConfidentialDocumentIsAudited() throws IOException {
        var secret = register.register(CHAIRMAN,
                details("审计-" + UUID.randomUUID(), DocumentType.POLICY, Confidentiality.CONFIDENTIAL, null),
                text("secret.txt", "secret"));

        read(queries.download(CHAIRMAN, secret.getId(), 1));
        read(queries.download(CHAIRMAN, secret.getId(), 1));

        assertThat(downloadsAudited(secret.getId())).isEqualTo(2);
    }

    @Test
    void internalDownloadsAreNotAudited() throws IOException {
        var document = register.register(OFFICE, details("普通", DocumentType.OTHER, Confidentiality.INTERNAL, null),
                text("plain.txt", "plain"));

        read(queries.download(OFFICE, document.getId(), 1));

        assertThat(downloadsAudited(document.getId())).isZero();
    }

    @Test
    void clientSeesOnlyPublicDocumentsOfItsOwnSites() {
        long bankSite = organisation.siteByCode("S101").orElseThrow().value();
        long parkSite = organisation.siteByCode("S201").orElseThrow().value();
        String tag = UUID.randomUUID().toString();
        register.register(OFFICE, details("公开-" + tag, DocumentType.CONTRACT, Confidentiality.PUBLIC, bankSite), text("a.txt", "a"));
        register.register(OFFICE, details("内部-" + tag, DocumentType.CONTRACT, Confidentiality.INTERNAL, bankSite), text("b.txt", "b"));
        var other = register.register(OFFICE, details("他人-" + tag, DocumentType.CONTRACT, Confidentiality.PUBLIC, parkSite),
                text("c.txt", "c"));
        register.register(OFFICE, details("公司-" + tag, DocumentType.POLICY, Confidentiality.PUBLIC, null), text("d.txt", "d"));
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        var client = new Reader(new DataScope(ScopeLevel.CLIENT, bank, 99), false);

        assertThat(titles(client, tag)).containsExactly("公开-" + tag);
        assertThatThrownBy(() -> queries.card(client, other.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void branchStaffSeeTheirSitesAndCompanyDocumentsButNotOtherBranches() {
        long bankSite = organisation.siteByCode("S101").orElseThrow().value();
        long parkSite = organisation.siteByCode("S201").orElseThrow().value();
        String tag = UUID.randomUUID().toString();
        register.register(OFFICE, details("一队-" + tag, DocumentType.SURVEY, Confidentiality.INTERNAL, bankSite), text("a.txt", "a"));
        register.register(OFFICE, details("二队-" + tag, DocumentType.SURVEY, Confidentiality.INTERNAL, parkSite), text("b.txt", "b"));
        register.register(OFFICE, details("公司-" + tag, DocumentType.POLICY, Confidentiality.INTERNAL, null), text("c.txt", "c"));
        long firstBranch = organisation.branchByCode("B1").orElseThrow().value();
        var branchStaff = new Reader(new DataScope(ScopeLevel.BRANCH, firstBranch, 98), false);

        assertThat(titles(branchStaff, tag)).containsExactlyInAnyOrder("一队-" + tag, "公司-" + tag);
    }

    @Test
    void registeringUnderASiteOutsideTheScopeIsRefusedAsUnknown() {
        long parkSite = organisation.siteByCode("S201").orElseThrow().value();
        long firstBranch = organisation.branchByCode("B1").orElseThrow().value();
        var branchStaff = new Reader(new DataScope(ScopeLevel.BRANCH, firstBranch, 98), false);

        assertThatThrownBy(() -> register.register(branchStaff,
                details("x", DocumentType.SURVEY, Confidentiality.INTERNAL, parkSite), text("x.txt", "x")))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusedFileRegistersNothing() {
        String title = "拒绝-" + UUID.randomUUID();

        assertThatThrownBy(() -> register.register(OFFICE, details(title, DocumentType.OTHER, Confidentiality.INTERNAL, null),
                new Upload("run.exe", "application/octet-stream", new byte[] { 1 })))
            .isInstanceOf(DomainException.class);
        assertThat(titles(CHAIRMAN, title)).isEmpty();
    }

    private java.util.List<String> titles(Reader reader, String text) {
        return queries.list(reader, new DocumentFilter(null, null, null, text)).stream().map(DocumentRow::title).toList();
    }

    private long downloadsAudited(long documentId) {
        return jdbc.sql("select count(*) from audit_entry where action = 'DOWNLOAD' and entity_type = 'Document' and entity_id = :id")
            .param("id", String.valueOf(documentId))
            .query(Long.class)
            .single();
    }

    static NewDocument details(String title, DocumentType type, Confidentiality confidentiality, Long siteId) {
        return new NewDocument(title, type, confidentiality, siteId, "初版", null);
    }

    static Upload text(String name, String content) {
        return new Upload(name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    static String read(Download download) throws IOException {
        try (InputStream in = download.content().get()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
