package org.garrison.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.Workbook;
import org.garrison.longjobs.JobProgress;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
import org.garrison.organisation.OrganisationManagement.PostChoice;
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.people.PeopleImports;
import org.garrison.shared.BranchId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ImportOutcome;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Reading spreadsheets and their rows: encodings, headers, blank and repeated rows, and the checks of an employee
 * row (resident ID, branch, site, post, dates) before anything reaches the people module.
 */
class ImportRowsTests {

    static final Charset GBK = Charset.forName("GBK");

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    final ResourceBundleMessageSource messages = messages();

    final OrganisationManagement organisation = organisation();

    final EmployeeImporter employees = new EmployeeImporter(mock(PeopleImports.class), organisation, messages,
            Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

    @Test
    void aGbkCsvIsReadAsGb18030WithItsChineseHeadersAndCells() {
        byte[] gbk = "姓名,身份证号,手机\r\n张伟,110101199003074514,13800138000\r\n".getBytes(GBK);

        Table table = TableReader.read(gbk);

        assertThat(table.readAs()).isEqualTo("GB18030");
        assertThat(table.headers()).containsExactly("姓名", "身份证号", "手机");
        assertThat(table.lines()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.cells()).containsExactly("张伟", "110101199003074514", "13800138000");
        });
    }

    @Test
    void aUtf8CsvWithAByteOrderMarkLosesTheMarkAndKeepsQuotedSeparatorsAndLineBreaks() {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] text = "客户名称,备注\n\"深圳某某物业, 有限公司\",\"第一行\n第二行 \"\"引号\"\"\"\n最后,一行\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        Table table = TableReader.read(file);

        assertThat(table.readAs()).isEqualTo("UTF-8");
        assertThat(table.headers()).containsExactly("客户名称", "备注");
        assertThat(table.lines()).extracting(Table.Line::number).containsExactly(2, 4);
        assertThat(table.lines().get(0).cells()).containsExactly("深圳某某物业, 有限公司", "第一行\n第二行 \"引号\"");
    }

    @Test
    void anXlsxIsReadFromItsFirstSheetWithDatesAsDaysAndNumbersWhole() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var book = new Workbook(bytes, "test", "1.0");
        var sheet = book.newWorksheet("员工");
        sheet.value(0, 0, "姓名");
        sheet.value(0, 1, "手机");
        sheet.value(0, 2, "入职日期");
        sheet.value(1, 0, "张伟");
        sheet.value(1, 1, 13800138000L);
        sheet.value(1, 2, LocalDate.of(2026, 1, 5));
        sheet.style(1, 2).format("yyyy-mm-dd").set();
        book.finish();

        Table table = TableReader.read(bytes.toByteArray());

        assertThat(table.readAs()).isEqualTo("xlsx");
        assertThat(table.lines()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.cells()).containsExactly("张伟", "13800138000", "2026-01-05");
        });
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAsAWholeNamingEveryMissingColumn() {
        Table table = TableReader.read("姓名,手机,住址\n张伟,13800138000,深圳\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> Headers.locate(table.headers(), employees.columns(), messages, ZH))
            .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(messages.getMessage(ex.messageKey(),
                    ex.arguments(), ZH)).isEqualTo("文件缺少必填列：身份证号、分公司、入职日期。未导入任何数据；请下载模板查看列名。"));
    }

    @Test
    void headersAreFoundInAnyOrderInChineseOrEnglishWithTheirAsterisks() {
        var found = Headers.locate(List.of("Hire date", "备注", "姓名*", " Resident ID number ", "手机", "BRANCH"),
                employees.columns(), messages, ZH);

        assertThat(found).containsEntry("hiredOn", 0).containsEntry("name", 2).containsEntry("residentId", 3)
            .containsEntry("phone", 4).containsEntry("branch", 5).doesNotContainKey("site");
    }

    @Test
    void anEmployeeRowIsCheckedBeforeItReachesThePeopleModule() {
        var places = new Places(organisation, DataScope.company(1));

        var row = employees.employee(row("张伟", " 44030419880512217x ", "13800138000", "深圳分公司", "2026/1/5", "", "S101 华强大厦",
                "东门岗", "保安员证", "440300-1", "2025-12-01", "", "2019-03-01", "2026-12-07"), places, kinds(), statuses());

        assertThat(row.residentId()).isEqualTo("44030419880512217X");
        assertThat(row.branchId()).isEqualTo(7);
        assertThat(row.hiredOn()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(row.site()).isEqualTo(new SiteId(101));
        assertThat(row.post()).isEqualTo(new PostId(1001));
        assertThat(row.certificate()).isNotNull();
        assertThat(row.certificate().kind()).isEqualTo("GUARD_LICENCE");
        assertThat(row.certificate().expiresOn()).isNull();
        assertThat(row.onboardingPassedOn()).as("before the hire date is fine").isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(row.skillsPassedOn()).as("today is fine").isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void anEmployeeRowIsRefusedWithTheReasonInTheUsersLanguage() {
        var places = new Places(organisation, DataScope.company(1));

        assertThat(refusal(() -> employees.employee(row("张伟", "110101199003074515", "138", "深圳分公司", "2026-01-05"), places,
                kinds(), statuses()))).isEqualTo("身份证号 110101199003074515 无效（应为 18 位，校验码和出生日期须正确）。");
        assertThat(refusal(() -> employees.employee(row("张伟", "110101199003074514", "138", "上海分公司", "2026-01-05"), places,
                kinds(), statuses()))).isEqualTo("您的数据范围内没有分公司“上海分公司”。");
        assertThat(refusal(() -> employees.employee(row("张伟", "110101199003074514", "138", "深圳分公司", "2026-01-05", "", "S999"),
                places, kinds(), statuses()))).isEqualTo("您的数据范围内没有驻点“S999”。");
        assertThat(refusal(() -> employees.employee(row("张伟", "110101199003074514", "138", "深圳分公司", "明年"), places,
                kinds(), statuses()))).isEqualTo("入职日期“明年”不是日期（例如 2026-01-05）。");
        assertThat(refusal(() -> employees.employee(row("", "110101199003074514", "138", "深圳分公司", "2026-01-05"), places,
                kinds(), statuses()))).isEqualTo("缺少姓名。");
        assertThat(refusal(() -> employees.employee(row("张伟", "110101199003074514", "138", "深圳分公司", "2026-01-05", "", "", "",
                "驾照", "1"), places, kinds(), statuses()))).isEqualTo("证书类型“驾照”不在允许的取值中。");
        assertThat(refusal(() -> employees.employee(row("张伟", "110101199003074514", "138", "深圳分公司", "2026-01-05", "",
                "", "", "", "", "", "", "2026-12-08"), places, kinds(), statuses())))
            .isEqualTo("入职培训考核合格日期“2026-12-08”晚于今天：请填写考核合格的日期。");
        assertThat(refusal(() -> employees.employee(row("张伟", "110101199003074514", "138", "深圳分公司", "2026-01-05", "",
                "", "", "", "", "", "", "", "去年"), places, kinds(), statuses())))
            .isEqualTo("技能培训考核合格日期“去年”不是日期（例如 2026-01-05）。");
    }

    @Test
    void theStatusColumnTakesThePeoplePagesLabelsLeavesABlankToProbationAndRefusesAnyOther() {
        var places = new Places(organisation, DataScope.company(1));
        // the columns up to 身高（厘米）, left empty; the status column follows
        String[] base = { "张伟", "110101199003074514", "138", "深圳分公司", "2026-01-05", "", "", "", "", "", "", "", "", "",
            "" };

        assertThat(employees.employee(row(with(base, "在职")), places, kinds(), statuses()).status()).isEqualTo("ACTIVE");
        assertThat(employees.employee(row(with(base, " 离职 ")), places, kinds(), statuses()).status()).isEqualTo("LEFT");
        assertThat(employees.employee(row(with(base, "Suspended")), places, kinds(), statuses()).status())
            .isEqualTo("SUSPENDED");
        assertThat(employees.employee(row(with(base, "")), places, kinds(), statuses()).status()).isNull();
        assertThat(employees.employee(row(base), places, kinds(), statuses()).status()).isNull();
        assertThat(refusal(() -> employees.employee(row(with(base, "实习")), places, kinds(), statuses())))
            .isEqualTo("状态“实习”不在允许的取值中。");
    }

    @Test
    void theHeightColumnTakesWholeCentimetresAndRefusesAnythingElse() {
        var places = new Places(organisation, DataScope.company(1));
        String[] upToSkills = { "张伟", "110101199003074514", "138", "深圳分公司", "2026-01-05", "", "", "", "", "", "", "",
            "", "" };

        assertThat(employees.employee(row(with(upToSkills, "176")), places, kinds(), statuses()).heightCm()).isEqualTo(176);
        assertThat(employees.employee(row(with(upToSkills, "")), places, kinds(), statuses()).heightCm()).isNull();
        assertThat(refusal(() -> employees.employee(row(with(upToSkills, "一米八")), places, kinds(), statuses())))
            .isEqualTo("身高（厘米）“一米八”不是数字。");
        assertThat(refusal(() -> employees.employee(row(with(upToSkills, "175.5")), places, kinds(), statuses())))
            .isEqualTo("身高（厘米）“175.5”不是数字。");
    }

    @Test
    void blankRowsAreSkippedAndARowRepeatingAnEarlierRecordIsRefusedNamingThatRow() {
        Table table = TableReader.read("客户名称,联系人\n甲公司,王五\n,\n乙公司,\n\n甲公司,王五\n".getBytes(StandardCharsets.UTF_8));
        var columns = Map.of("clientName", 0, "contactName", 1);
        var applied = new ArrayList<Integer>();
        var rows = new Importer.Rows(row -> row.required("clientName") + "|" + row.text("contactName"), row -> {
            applied.add(row.number());
            return ImportOutcome.CREATED;
        });
        LocaleContextHolder.setLocale(ZH);

        var answers = new ImportRun(messages).answer(table, columns, Map.of(), rows, silent(), ZH);

        assertThat(answers).extracting(a -> a.line().number()).containsExactly(2, 4, 6);
        assertThat(answers).extracting(ReportSheet.Answer::result)
            .containsExactly(ReportSheet.Result.CREATED, ReportSheet.Result.CREATED, ReportSheet.Result.REFUSED);
        assertThat(answers.get(2).reason()).isEqualTo("与本文件第 2 行是同一条记录。");
        assertThat(applied).containsExactly(2, 4);
    }

    @Test
    void oldXlsWorkbooksAndEmptyFilesAreRefusedAsAWhole() {
        byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        assertThatThrownBy(() -> TableReader.read(ole2)).hasMessage("imports.error.xls");
        assertThatThrownBy(() -> TableReader.read(new byte[0])).hasMessage("imports.error.empty");
    }

    private String refusal(Runnable call) {
        try {
            call.run();
        }
        catch (DomainException ex) {
            return messages.getMessage(ex.messageKey(), ex.arguments(), ZH);
        }
        throw new AssertionError("not refused");
    }

    private static String[] with(String[] cells, String last) {
        String[] all = Arrays.copyOf(cells, cells.length + 1);
        all[cells.length] = last;
        return all;
    }

    private RowValues row(String... cells) {
        var columns = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < employees.columns().size(); i++) {
            columns.put(employees.columns().get(i).field(), i);
        }
        return new RowValues(new Table.Line(2, List.of(cells)), columns,
                Headers.labels(employees.columns(), messages, ZH));
    }

    private Map<String, String> statuses() {
        return Choices.byLabel(messages, "people.status.", List.of("PROBATION", "ACTIVE", "SUSPENDED", "LEFT"));
    }

    private Map<String, String> kinds() {
        return Choices.byLabel(messages, "people.certificate.",
                List.of("GUARD_LICENCE", "FIRE_SAFETY", "FIRST_AID", "DRIVING_LICENCE", "OTHER"));
    }

    private static OrganisationManagement organisation() {
        var organisation = mock(OrganisationManagement.class);
        when(organisation.branchChoices(any())).thenReturn(List.of(new BranchChoice(new BranchId(7), "深圳分公司")));
        when(organisation.branchByCode(any())).thenReturn(Optional.empty());
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(101), "S101", "华强大厦")));
        when(organisation.postsIn(any())).thenReturn(List.of(new PostChoice(new PostId(1001), new SiteId(101), "东门岗")));
        return organisation;
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages/imports", "messages/people");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static JobProgress silent() {
        return new JobProgress() {
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
        };
    }

}
