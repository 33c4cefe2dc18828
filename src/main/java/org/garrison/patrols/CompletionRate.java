package org.garrison.patrols;

/**
 * The patrol completion rate (巡逻到位率) of some tours: checkpoints scanned within their window over
 * checkpoints due. Only closed tours count.
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

    public CompletionRate plus(CompletionRate other) {
        return new CompletionRate(due + other.due, onTime + other.onTime, late + other.late, missed + other.missed);
    }

}
