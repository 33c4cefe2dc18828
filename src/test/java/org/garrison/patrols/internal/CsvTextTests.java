package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTextTests {

    static final String LINE = "设备号,标签号,时间";

    @Test
    void validUtf8IsReadAsUtf8() {
        var decoded = CsvText.decode(LINE.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).isEqualTo(LINE);
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] body = LINE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(CsvText.decode(withBom).text()).isEqualTo(LINE);
    }

    @Test
    void gbkExportsAreRecognisedAndReadCorrectly() {
        var decoded = CsvText.decode(LINE.getBytes(Charset.forName("GBK")));
        assertThat(decoded.charset()).isEqualTo(CsvText.GB18030);
        assertThat(decoded.text()).isEqualTo(LINE);
    }

    @Test
    void fieldsAreSplitOnCommaSemicolonOrTabAndUnquoted() {
        assertThat(CsvText.fields("W-01, T-9 ,2026-11-21 22:00:00")).containsExactly("W-01", "T-9", "2026-11-21 22:00:00");
        assertThat(CsvText.fields("W-01;T-9;2026-11-21 22:00:00")).containsExactly("W-01", "T-9", "2026-11-21 22:00:00");
        assertThat(CsvText.fields("W-01\tT-9\t2026-11-21 22:00:00")).hasSize(3);
        assertThat(CsvText.fields("\"W,01\",\"T\"\"9\",x")).containsExactly("W,01", "T\"9", "x");
    }

}
