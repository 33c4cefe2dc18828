package org.garrison.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicantSheetTests {

    @Test
    void readsGoodRowsAndRefusesBadOnesRowByRow() throws IOException {
        var lines = ApplicantSheet.read(new ByteArrayInputStream(workbook(
                new String[] { "姓名", "身份证号", "手机", "身高", "学历", "招聘计划" },
                new String[] { "邓志刚", "440304198106151238", "13800000001", "176", "高中", "" },
                new String[] { "谢文龙", "440304198106151239", "13800000002", "175", "初中", "" },
                new String[] {},
                new String[] { "韩小军", "11010519491231002x", "13800000003", "", "", "3" })));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).applicant().fullName()).isEqualTo("邓志刚");
        assertThat(lines.get(0).applicant().education()).isEqualTo(Education.SENIOR_HIGH);
        assertThat(lines.get(1).rowNumber()).isEqualTo(3);
        assertThat(lines.get(1).refusal().messageKey()).isEqualTo("people.residentId.checkDigit");
        assertThat(lines.get(2).applicant().residentId()).isEqualTo("11010519491231002X");
        assertThat(lines.get(2).applicant().planId()).isEqualTo(3L);
    }

    @ParameterizedTest(name = "{0}/{1}/{2}/{3}/{4}/{5} refused with {6}")
    @CsvSource({ "'', 440304198106151238, 138, 176, 高中, '', people.import.nameMissing",
            "张三, 440304198106151238, '', 176, 高中, '', people.import.phoneMissing",
            "张三, 440304198106151238, 138, 1.76, 高中, '', people.import.heightInvalid",
            "张三, 440304198106151238, 138, 300, 高中, '', people.import.heightInvalid",
            "张三, 440304198106151238, 138, 176, 博士后, '', people.import.educationInvalid",
            "张三, 440304198106151238, 138, 176, 高中, 三号, people.import.planInvalid",
            "张三, 4403041981, 138, 176, 高中, '', people.residentId.format" })
    void aBadCellNamesItsProblem(String name, String id, String phone, String height, String education, String plan,
            String key) {
        assertThatThrownBy(() -> ApplicantSheet.details(name, id, phone, height, education, plan, "")).hasMessage(key);
    }

    @ParameterizedTest(name = "channel {0}")
    @CsvSource({ "员工推荐, REFERRAL", "网络招聘, ONLINE", "退伍军人安置, VETERANS", "labour_dispatch, LABOUR_DISPATCH",
            "'', OTHER" })
    void theChannelIsReadByItsChineseLabelOrCodeAndBlankIsOther(String cell, RecruitmentChannel channel) {
        assertThat(ApplicantSheet.details("张三", "440304198106151238", "138", "176", "高中", "", cell).channel())
            .isEqualTo(channel);
    }

    @Test
    void anUnknownChannelIsRefused() {
        assertThatThrownBy(() -> ApplicantSheet.details("张三", "440304198106151238", "138", "176", "高中", "", "路边广告"))
            .hasMessage("people.import.channelInvalid");
    }

    static byte[] workbook(String[]... rows) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "test", "1.0");
        var sheet = workbook.newWorksheet("应聘人员");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                sheet.value(r, c, rows[r][c]);
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

}
