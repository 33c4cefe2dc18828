package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.garrison.patrols.internal.ScanIngest.Outcome;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A GBK wand export with good and bad lines: the good ones load, the bad ones are reported by line number. */
@SpringBootTest
@Import(PatrolFixtures.class)
class WandImportIntegrationTests {

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSetup setup;

    @Autowired
    Wands wands;

    @Autowired
    WandImport imports;

    @Test
    void aGbkExportLoadsItsGoodLinesReportsTheBadOnesAndLoadsNothingTwice() {
        String tag = "TAG-" + UUID.randomUUID().toString().substring(0, 8);
        String device = "WAND-" + UUID.randomUUID().toString().substring(0, 8);
        long s101 = fixtures.site("S101");
        setup.createCheckpoint(PatrolFixtures.COMPANY, s101, new Checkpoint.Place("地下车库", null, null, null, null, false, tag));
        var leader = new DataScope(ScopeLevel.SITE, s101, 0);
        wands.register(leader, device, "guard", s101);
        var time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        var zone = ZoneId.of("Asia/Shanghai");
        String first = LocalDateTime.now(zone).minusHours(3).format(time);
        String second = LocalDateTime.now(zone).minusHours(2).format(time);
        String csv = "设备号,标签号,时间\r\n" + device + "," + tag + "," + first + "\r\n" + device + ",TAG-UNKNOWN," + first
                + "\r\n" + device + "," + tag + ",昨天晚上\r\n" + "WAND-NOSUCH," + tag + "," + first + "\r\n" + "只有一列\r\n"
                + device + "," + tag + "," + second + "\r\n";
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));

        var report = imports.load(leader, gbk);

        assertThat(report.encoding()).isEqualTo("GB18030");
        assertThat(report.lines()).extracting(WandImport.Line::number).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(report.lines()).extracting(WandImport.Line::outcome).containsExactly(Outcome.ACCEPTED, Outcome.REJECTED,
                Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.ACCEPTED);
        assertThat(report.lines()).extracting(WandImport.Line::reasonKey).containsExactly(null, "patrol.import.unknownTag",
                "patrol.import.badTime", "patrol.import.unknownDevice", "patrol.import.columns", null);

        var again = imports.load(leader, gbk);
        assertThat(again.count(Outcome.DUPLICATE)).isEqualTo(2);
        assertThat(again.count(Outcome.ACCEPTED)).isZero();
    }

}
