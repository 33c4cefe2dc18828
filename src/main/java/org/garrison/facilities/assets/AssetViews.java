package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

/** The plant, pest, electrical, sorting and quality records as pages and the API show them. */
public final class AssetViews {

    private AssetViews() {
    }

    /** A plant of the inventory. */
    public record PlantRow(long id, long siteId, String siteName, String location, String species, PlantStatus status,
            LocalDate addedOn) {

        static PlantRow of(Plant p, String siteName) {
            return new PlantRow(p.getId(), p.getSiteId(), siteName, p.getLocation(), p.getSpecies(), p.getStatus(),
                    p.getAddedOn());
        }

    }

    /** A status a plant had from a day on. */
    public record PlantChangeRow(LocalDate day, PlantStatus status, @Nullable String note, String recordedBy) {

        static PlantChangeRow of(PlantStatusChange c) {
            return new PlantChangeRow(c.getOnDay(), c.getStatus(), c.getNote(), c.getRecordedBy());
        }

    }

    /** A count (盘点) with its survival rate in percent. */
    public record CountRow(long id, long siteId, String siteName, LocalDate day, int underCare, int alive, int diseased,
            int dead, @Nullable String note, String countedBy, @Nullable BigDecimal survivalRate) {

        static CountRow of(PlantCount c, String siteName) {
            return new CountRow(c.getId(), c.getSiteId(), siteName, c.getOnDay(), c.getUnderCare(), c.getAlive(),
                    c.getDiseased(), c.getDead(), c.getNote(), c.getCountedBy(), Rates.percent(c.getAlive(), c.getUnderCare()));
        }

    }

    /** A monitoring point. */
    public record PestPointRow(long id, long siteId, String siteName, String code, String location, PestPointKind kind,
            boolean active) {

        static PestPointRow of(PestPoint p, String siteName) {
            return new PestPointRow(p.getId(), p.getSiteId(), siteName, p.getCode(), p.getLocation(), p.getKind(), p.isActive());
        }

    }

    /** An inspection of a monitoring point. */
    public record PestInspectionRow(long id, long pointId, String pointCode, long siteId, String siteName, LocalDate day,
            boolean activity, @Nullable String note, String recordedBy) {
    }

    /** A chemical of the allowed list. */
    public record ChemicalRow(long id, String name, String registrationNo, boolean lowToxicity, boolean active) {

        static ChemicalRow of(Chemical c) {
            return new ChemicalRow(c.getId(), c.getName(), c.getRegistrationNo(), c.isLowToxicity(), c.isActive());
        }

    }

    /** A treatment record; {@code effective} is {@code null} until the follow-up check. */
    public record TreatmentRow(long id, long siteId, String siteName, Instant treatedAt, String areas, String chemicalName,
            BigDecimal dose, String doseUnit, String equipment, String targets, boolean clientInformed, String recordedBy,
            @Nullable LocalDate followUpDay, @Nullable Boolean effective, @Nullable String followUpNote) {

        static TreatmentRow of(Treatment t, String siteName) {
            return new TreatmentRow(t.getId(), t.getSiteId(), siteName, t.getTreatedAt(), t.getAreas(), t.getChemicalName(),
                    t.getDose().stripTrailingZeros(), t.getDoseUnit(), t.getEquipment(), t.getTargets(), t.isClientInformed(),
                    t.getRecordedBy(), t.getFollowUpDay(), t.getEffective(), t.getFollowUpNote());
        }

    }

    /** An electrical asset. */
    public record AssetRow(long id, long siteId, String siteName, ElectricalKind kind, String name, String location,
            boolean keyDevice, AssetStatus status, LocalDate registeredOn) {

        static AssetRow of(ElectricalAsset a, String siteName) {
            return new AssetRow(a.getId(), a.getSiteId(), siteName, a.getKind(), a.getName(), a.getLocation(), a.isKeyDevice(),
                    a.getStatus(), a.getRegisteredOn());
        }

    }

    /** A reading; {@code findings} names what was abnormal (VOLTAGE, INSULATION, GROUNDING). */
    public record ReadingRow(long id, long assetId, String assetName, Instant readAt, @Nullable BigDecimal voltage,
            @Nullable BigDecimal current, @Nullable BigDecimal insulation, @Nullable BigDecimal grounding, boolean abnormal,
            List<String> findings, String recordedBy) {

        static ReadingRow of(ElectricalReading r, String assetName) {
            return new ReadingRow(r.getId(), r.getAssetId(), assetName, r.getReadAt(), plain(r.getVoltage()),
                    plain(r.getCurrent()), plain(r.getInsulation()), plain(r.getGrounding()), r.isAbnormal(), r.getFindings(),
                    r.getRecordedBy());
        }

        private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
            return value == null ? null : value.stripTrailingZeros();
        }

    }

    /** A fault; open while {@code fixedAt} is {@code null}. */
    public record FaultRow(long id, long assetId, String assetName, Instant reportedAt, String description, String reportedBy,
            @Nullable Instant fixedAt, @Nullable String repair, @Nullable String fixedBy) {

        static FaultRow of(ElectricalFault f, String assetName) {
            return new FaultRow(f.getId(), f.getAssetId(), assetName, f.getReportedAt(), f.getDescription(), f.getReportedBy(),
                    f.getFixedAt(), f.getRepair(), f.getFixedBy());
        }

    }

    /** An asset with its latest readings and its faults. */
    public record AssetCard(AssetRow asset, List<ReadingRow> readings, List<FaultRow> faults) {

        public boolean hasOpenFault() {
            return faults.stream().anyMatch(f -> f.fixedAt() == null);
        }

    }

    /** A site's equipment operation report for a month; the written part is {@code null} until saved. */
    public record OperationReportView(long siteId, String siteName, YearMonth month, AssetFigures.Figures figures,
            List<ReadingRow> abnormalReadings, List<FaultRow> faults, @Nullable String analysis, @Nullable String suggestions,
            @Nullable String writtenBy, @Nullable Instant writtenAt) {
    }

    /** A garbage-sorting spot check with its accuracy in percent. */
    public record SortingRow(long id, long siteId, String siteName, LocalDate day, int binsChecked, int binsCorrect,
            @Nullable String note, String checkedBy, @Nullable BigDecimal accuracy) {

        static SortingRow of(SortingCheck s, String siteName) {
            return new SortingRow(s.getId(), s.getSiteId(), siteName, s.getOnDay(), s.getBinsChecked(), s.getBinsCorrect(),
                    s.getNote(), s.getCheckedBy(), Rates.percent(s.getBinsCorrect(), s.getBinsChecked()));
        }

    }

    /** One item of a quality check. */
    public record ItemRow(String name, CheckMethod method, boolean passed, @Nullable String note) {
    }

    /** A quality check with its items. */
    public record QualityRow(long id, long siteId, String siteName, ServiceKind service, QualityCheckKind kind, LocalDate day,
            String checker, int score, @Nullable String externalReport, @Nullable String notes, String recordedBy,
            List<ItemRow> items) {

        static QualityRow of(QualityCheck q, String siteName) {
            return new QualityRow(q.getId(), q.getSiteId(), siteName, q.getService(), q.getKind(), q.getOnDay(), q.getChecker(),
                    q.getScore(), q.getExternalReport(), q.getNotes(), q.getRecordedBy(), q.getItems()
                        .stream()
                        .map(i -> new ItemRow(i.getName(), i.getMethod(), i.isPassed(), i.getNote()))
                        .toList());
        }

    }

}
