package org.garrison.patrols;

/**
 * The patrol completion rate (巡逻到位率) of some tours, read two ways: checkpoints scanned within their window
 * over checkpoints due ({@link #rate()}, 按时到位率), or checkpoints scanned at all over checkpoints due
 * ({@link #presence()}, (应巡 − 漏巡) / 应巡) with punctuality ({@link #punctuality()}, 准时率) apart. Only closed
 * tours count; a scan rejected on review is a missed checkpoint.
 *
 * @param due checkpoints due
 * @param onTime checkpoints scanned within their window
 * @param late checkpoints scanned after their window but before the tour closed
 * @param missed checkpoints not scanned
 */
public record CompletionRate(long due, long onTime, long late, long missed) {

    public static final CompletionRate NONE = new CompletionRate(0, 0, 0, 0);

    /** On-time share from 0 to 1; 0 when nothing was due. */
    public double rate() {
        return due == 0 ? 0 : (double) onTime / due;
    }

    /** (应巡 − 漏巡) / 应巡 from 0 to 1: late scans count as present; 0 when nothing was due. */
    public double presence() {
        return due == 0 ? 0 : (double) (due - missed) / due;
    }

    /** 准时率 from 0 to 1: scans within their window over scans made (on time and late); 0 when none was made. */
    public double punctuality() {
        long scanned = onTime + late;
        return scanned == 0 ? 0 : (double) onTime / scanned;
    }

    /** The rate the indicator reads. */
    public double rate(RateIndicator indicator) {
        return indicator == RateIndicator.PRESENCE ? presence() : rate();
    }

    public CompletionRate plus(CompletionRate other) {
        return new CompletionRate(due + other.due, onTime + other.onTime, late + other.late, missed + other.missed);
    }

}
