package org.garrison.facilities.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the monthly KPI page of one branch over the API ({@code GET /api/v1/facilities/kpis?branchId=…&month=…}):
 * warm-up calls, then timed ones; the answer must name at least one row.
 */
final class BranchKpiCalls {

    /** One GET of a path with a bearer token, answering the body (200 required). */
    @FunctionalInterface
    interface Get {

        String get(String path) throws Exception;

    }

    record Result(long branchId, YearMonth month, int calls, int rows, double p50, double p95, double max) {

        String line() {
            return String.format(Locale.ROOT,
                    "KPI page of one branch (GET /api/v1/facilities/kpis?branchId=%d&month=%s, %d rows, %d timed calls): "
                            + "median %.1f ms, p95 %.1f ms, max %.1f ms (target < 300 ms)",
                    branchId, month, rows, calls, p50, p95, max);
        }

    }

    private BranchKpiCalls() {
    }

    static Result time(Get get, long branchId, YearMonth month, int warmUp, int calls) throws Exception {
        String path = "/api/v1/facilities/kpis?branchId=" + branchId + "&month=" + month;
        var millis = new ArrayList<Double>();
        int rows = 0;
        for (int i = -warmUp; i < calls; i++) {
            long t = System.nanoTime();
            String body = get.get(path);
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (i >= 0) {
                millis.add(elapsed);
            }
            rows = body.split("\"kpi\"", -1).length - 1;
        }
        if (rows == 0) {
            throw new IllegalStateException("the KPI page of branch " + branchId + " has no rows");
        }
        return new Result(branchId, month, calls, rows, percentile(millis, 0.5), percentile(millis, 0.95),
                percentile(millis, 1));
    }

    private static double percentile(List<Double> millis, double p) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }

}
