package org.garrison.people.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.garrison.people.internal.Views.ApplicantDetails;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Reads applicants from the first sheet of an Excel file: a header row, then one applicant per row in
 * the columns 姓名 (name), 身份证号 (resident ID), 手机 (phone), 身高 cm (height), 学历 (education), 招聘计划 (plan id)
 * and 招聘渠道 (channel, by its Chinese label or code; blank reads as 其他).
 * Each row is either an applicant or a refusal for that row; bad rows never stop good ones.
 */
public final class ApplicantSheet {

    private static final Map<String, Education> EDUCATION = Map.ofEntries(Map.entry("小学", Education.PRIMARY),
            Map.entry("初中", Education.JUNIOR_HIGH), Map.entry("高中", Education.SENIOR_HIGH),
            Map.entry("中专", Education.VOCATIONAL), Map.entry("职高", Education.VOCATIONAL),
            Map.entry("大专", Education.COLLEGE), Map.entry("本科", Education.BACHELOR));

    private static final Map<String, RecruitmentChannel> CHANNEL = Map.ofEntries(
            Map.entry("网络招聘", RecruitmentChannel.ONLINE), Map.entry("人才市场", RecruitmentChannel.JOB_FAIR),
            Map.entry("员工推荐", RecruitmentChannel.REFERRAL), Map.entry("退伍军人安置", RecruitmentChannel.VETERANS),
            Map.entry("劳务派遣", RecruitmentChannel.LABOUR_DISPATCH), Map.entry("其他", RecruitmentChannel.OTHER));

    private ApplicantSheet() {
    }

    /** One data row: its number in the sheet (1-based) and either the applicant or why it was refused. */
    public record Line(int rowNumber, @Nullable ApplicantDetails applicant, @Nullable DomainException refusal) {
    }

    public static List<Line> read(InputStream in) throws IOException {
        var lines = new ArrayList<Line>();
        try (var workbook = new ReadableWorkbook(in)) {
            for (Row row : workbook.getFirstSheet().read()) {
                if (row.getRowNum() == 1 || blank(row)) {
                    continue;
                }
                try {
                    lines.add(new Line(row.getRowNum(), parse(row), null));
                }
                catch (DomainException ex) {
                    lines.add(new Line(row.getRowNum(), null, ex));
                }
            }
        }
        return lines;
    }

    /** An empty import sheet: the header row in the given labels and one example row. */
    public static byte[] template(List<String> headers, String sheetName) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Garrison", "1.0");
        var sheet = workbook.newWorksheet(sheetName);
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, headers.get(column));
            sheet.style(0, column).bold().set();
        }
        var example = List.of("张三", "11010519491231002X", "13800000000", "175", "高中", "", "员工推荐");
        for (int column = 0; column < example.size(); column++) {
            sheet.value(1, column, example.get(column));
        }
        workbook.finish();
        return out.toByteArray();
    }

    static ApplicantDetails parse(Row row) {
        return details(text(row, 0), text(row, 1), text(row, 2), text(row, 3), text(row, 4), text(row, 5), text(row, 6));
    }

    /** An applicant from the seven cells of a row, as text. */
    public static ApplicantDetails details(String name, String residentId, String phone, String height, String education,
            String plan, String channel) {
        if (name.isBlank()) {
            throw new DomainException("people.import.nameMissing");
        }
        if (phone.isBlank()) {
            throw new DomainException("people.import.phoneMissing");
        }
        var id = ResidentId.of(residentId);
        return new ApplicantDetails(plan.isBlank() ? null : number(plan, "people.import.planInvalid").longValue(), name.strip(),
                id.value(), phone.strip(), height.isBlank() ? null : heightOf(height), educationOf(education),
                channelOf(channel));
    }

    private static RecruitmentChannel channelOf(String text) {
        if (text.isBlank()) {
            return RecruitmentChannel.OTHER;
        }
        var known = CHANNEL.get(text.strip());
        if (known != null) {
            return known;
        }
        try {
            return RecruitmentChannel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new DomainException("people.import.channelInvalid", text);
        }
    }

    private static Integer heightOf(String text) {
        int height = number(text, "people.import.heightInvalid").intValue();
        if (height < 100 || height > 230) {
            throw new DomainException("people.import.heightInvalid", text);
        }
        return height;
    }

    private static @Nullable Education educationOf(String text) {
        if (text.isBlank()) {
            return null;
        }
        var known = EDUCATION.get(text.strip());
        if (known != null) {
            return known;
        }
        try {
            return Education.valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new DomainException("people.import.educationInvalid", text);
        }
    }

    private static Double number(String text, String key) {
        try {
            double value = Double.parseDouble(text.strip());
            if (value != Math.rint(value)) {
                throw new DomainException(key, text);
            }
            return value;
        }
        catch (NumberFormatException ex) {
            throw new DomainException(key, text);
        }
    }

    private static String text(Row row, int column) {
        if (!row.hasCell(column) || row.getCell(column) == null) {
            return "";
        }
        var value = row.getCellText(column);
        return value == null ? "" : value.strip();
    }

    private static boolean blank(Row row) {
        return row.stream().allMatch(cell -> cell == null || cell.getText() == null || cell.getText().isBlank());
    }

}
