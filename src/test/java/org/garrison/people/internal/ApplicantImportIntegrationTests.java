package org.garrison.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.garrison.longjobs.JobId;
import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.ResidentIds;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The Excel import as HR: good rows become applicants, bad rows are listed with their reason, as a long job. */
@IntegrationTest
class ApplicantImportIntegrationTests {

    @Autowired
    ApplicantImport importer;

    @Autowired
    LongJobs jobs;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void goodRowsAreLoadedAndBadRowsReportedWithTheirRowNumber() throws Exception {
        var hr = users.loadUserByUsername("hr");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(hr, null, hr.getAuthorities()));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        String good = "导入甲" + ThreadLocalRandom.current().nextInt(1000, 9999);
        byte[] workbook = ApplicantSheetTests.workbook(new String[] { "姓名", "身份证号", "手机", "身高", "学历", "招聘计划" },
                new String[] { good, residentId(), "13611112222", "178", "高中", "" },
                new String[] { "导入乙", "440304198106151239", "13611113333", "176", "初中", "" },
                new String[] { "导入丙", residentId(), "13611114444", "176", "博士后", "" },
                new String[] { good + "丁", residentId(), "13611115555", "", "", "" });

        long id = importer.start(workbook);

        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> jobs.get(new JobId(id)).status() != LongJobStatus.QUEUED
                && jobs.get(new JobId(id)).status() != LongJobStatus.RUNNING);
        var job = jobs.get(new JobId(id));
        assertThat(job.status()).isEqualTo(LongJobStatus.DONE);
        assertThat(job.summary()).isEqualTo("已导入 2 名应聘人员，2 行被拒绝。");
        assertThat(job.resultName()).endsWith(".xlsx");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ppl_applicant WHERE full_name LIKE ?").param(good + "%").query(Long.class).single())
            .isEqualTo(2);
        try (var in = jobs.result(new JobId(id)).content().open(); var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(in)) {
            var rows = book.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellText(0)).isEqualTo("3");
            assertThat(rows.get(1).getCellText(1)).contains("校验码");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("4");
            assertThat(rows.get(2).getCellText(1)).contains("博士后");
        }
    }

    private static String residentId() {
        var birth = LocalDate.of(1988, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(4000));
        String first17 = "440307" + birth.toString().replace("-", "") + (100 + ThreadLocalRandom.current().nextInt(800));
        return first17 + ResidentIds.checkCharacter(first17);
    }

}
