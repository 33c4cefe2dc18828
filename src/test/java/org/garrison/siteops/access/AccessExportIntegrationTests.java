package org.garrison.siteops.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.garrison.identity.IdentityManagement;
import org.garrison.longjobs.JobProgress;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.siteops.access.AccessViews.AccessFilter;
import org.garrison.siteops.access.PersonEntry.Visitor;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The Excel export of the access log holds the people and vehicles of the search, within the user's scope only. */
@IntegrationTest
class AccessExportIntegrationTests {

    @Autowired
    AccessExport export;

    @Autowired
    AccessLog access;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void exportOfTheLeadersSiteListsItsVisitorsAndVehiclesButNotAnotherClientsSite() throws Exception {
        var ops = identity.user("ops").orElseThrow();
        long s101 = organisation.siteByCode("S101").orElseThrow().value();
        long s201 = organisation.siteByCode("S201").orElseThrow().value();
        access.admitPerson(ops, s101, new Visitor("钱导出", IdType.PASSPORT, "G12345678", "审计署", "例行检查", null, null));
        access.admitVehicle(ops, s101, "粤BF77889", "孙师傅", "档案箱");
        access.admitPerson(ops, s201, new Visitor("吴不可见", IdType.PASSPORT, "G87654321", "园区", "参观", null, null));

        var leader = users.loadUserByUsername("leader");
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(leader, null, leader.getAuthorities()));
        var result = export.export(new AccessFilter(null, null, null), new SilentProgress());

        var out = new ByteArrayOutputStream();
        result.content().writeTo(out);
        assertThat(result.fileName()).endsWith(".xlsx");
        String strings = sharedStrings(out.toByteArray());
        assertThat(strings).contains(xml("钱导出"), xml("粤") + "BF77889").doesNotContain(xml("吴不可见"));
    }

    /** The text as FastExcel writes it: characters beyond ASCII as hexadecimal character references. */
    static String xml(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 128 ? Character.toString(c) : "&#x" + Integer.toHexString(c) + ";"));
        return out.toString();
    }

    static String sharedStrings(byte[] xlsx) throws Exception {
        Path file = Files.createTempFile("access-export-", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (var zip = new ZipFile(file.toFile())) {
                var entry = zip.getEntry("xl/sharedStrings.xml");
                return entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    private static final class SilentProgress implements JobProgress {

        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void message(String key, Object... args) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

    }

}
