package org.garrison.facilities.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Times the monthly KPI page of one branch over the API ({@code GET /api/v1/facilities/kpis?branchId=…&month=…}):
 * warm-up calls, then timed ones; the answer must name at least one row. Also the HTML page
 * ({@code GET /facilities/kpis?branchId=…&month=…}, which adds a six-month trend) in a signed-in session.
 */
final class BranchKpiCalls {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** One GET of a path with a bearer token, answering the body (200 required). */
    @FunctionalInterface
    interface Get {

        String get(String path) throws Exception;

    }

    record Result(String path, int calls, int rows, double p50, double p95, double max) {

        String line() {
            return String.format(Locale.ROOT, "KPI page of one branch (GET %s, %d %s, %d timed calls): median %.1f ms, "
                    + "p95 %.1f ms, max %.1f ms (target < 300 ms)", path, rows, path.startsWith("/api/") ? "rows" : "bytes",
                    calls, p50, p95, max);
        }

    }

    private BranchKpiCalls() {
    }

    static Result time(Get get, long branchId, YearMonth month, int warmUp, int calls) throws Exception {
        return time(get, "/api/v1/facilities/kpis?branchId=" + branchId + "&month=" + month, warmUp, calls);
    }

    /** The HTML page, signed in as {@code username} (password {@code demo}) in a session of its own. */
    static Result page(int port, String username, long branchId, YearMonth month, int warmUp, int calls) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://127.0.0.1:" + port;
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), BodyHandlers.ofString());
        var token = CSRF.matcher(login.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        var signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf=" + token.group(1)))
            .build(), BodyHandlers.ofString());
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("error").contains("error")) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + signedIn.statusCode());
        }
        Get get = path -> {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                    BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " for " + path);
            }
            return response.body();
        };
        return time(get, "/facilities/kpis?branchId=" + branchId + "&month=" + month, warmUp, calls);
    }

    private static Result time(Get get, String path, int warmUp, int calls) throws Exception {
        var millis = new ArrayList<Double>();
        int rows = 0;
        for (int i = -warmUp; i < calls; i++) {
            long t = System.nanoTime();
            String body = get.get(path);
            double elapsed = (System.nanoTime() - t) / 1e6;
            if (i >= 0) {
                millis.add(elapsed);
            }
            rows = path.startsWith("/api/") ? body.split("\"kpi\"", -1).length - 1 : body.length();
        }
        if (rows == 0) {
            throw new IllegalStateException(path + " has no rows");
        }
        return new Result(path, calls, rows, percentile(millis, 0.5), percentile(millis, 0.95),
                percentile(millis, 1));
    }

    private static double percentile(List<Double> millis, double p) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
    }

}
