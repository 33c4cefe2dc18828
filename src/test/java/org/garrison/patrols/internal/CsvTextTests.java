package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTextTests {

    static final String LINE = "设备号,标签号,时间";

    @Test
    void validUtf8IsReadAsUtf8() throws IOException {
        byte[] bytes = LINE.getBytes(StandardCharsets.UTF_8);
        assertThat(CsvText.survey(new ByteArrayInputStream(bytes)).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvText.reader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8).readLine()).isEqualTo(LINE);
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        byte[] body = LINE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        var survey = CsvText.survey(new ByteArrayInputStream(withBom));
        assertThat(survey.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CsvText.reader(new ByteArrayInputStream(withBom), survey.charset()).readLine()).isEqualTo(LINE);
    }

    @Test
    void gbkExportsAreRecognisedAndReadCorrectly() throws IOException {
        byte[] gbk = (LINE + "\r\n" + LINE).getBytes(Charset.forName("GBK"));
        var survey = CsvText.survey(new ByteArrayInputStream(gbk));
        assertThat(survey.charset()).isEqualTo(CsvText.GB18030);
        assertThat(survey.lines()).isEqualTo(2);
        var reader = CsvText.reader(new ByteArrayInputStream(gbk), survey.charset());
        assertThat(reader.readLine()).isEqualTo(LINE);
        assertThat(reader.readLine()).isEqualTo(LINE);
        assertThat(reader.readLine()).isNull();
    }

    @Test
    void linesAreCountedAsAReaderReadsThem() throws IOException {
        assertThat(lines("")).isZero();
        assertThat(lines("a")).isEqualTo(1);
        assertThat(lines("a\n")).isEqualTo(1);
        assertThat(lines("a\r\nb\r\n")).isEqualTo(2);
        assertThat(lines("a\rb\nc")).isEqualTo(3);
        assertThat(lines("a\n\n\nb")).isEqualTo(4);
    }

    @Test
    void fieldsAreSplitOnCommaSemicolonOrTabAndUnquoted() {
        assertThat(CsvText.fields("W-01, T-9 ,2026-11-21 22:00:00")).containsExactly("W-01", "T-9", "2026-11-21 22:00:00");
        assertThat(CsvText.fields("W-01;T-9;2026-11-21 22:00:00")).containsExactly("W-01", "T-9", "2026-11-21 22:00:00");
        assertThat(CsvText.fields("W-01\tT-9\t2026-11-21 22:00:00")).hasSize(3);
        assertThat(CsvText.fields("\"W,01\",\"T\"\"9\",x")).containsExactly("W,01", "T\"9", "x");
    }

    private static long lines(String text) throws IOException {
        return CsvText.survey(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lines();
    }

}
