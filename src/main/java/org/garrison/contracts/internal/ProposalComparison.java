package org.garrison.contracts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Two proposal versions side by side: their lines matched by kind, site and post, and what differs. */
public final class ProposalComparison {

    private ProposalComparison() {
    }

    /**
     * One row of the comparison.
     *
     * @param left the line in the older version, {@code null} when it was added
     * @param right the line in the newer version, {@code null} when it was dropped
     */
    public record Row(String key, @Nullable ServiceLine left, @Nullable ServiceLine right) {

        public boolean added() {
            return left == null;
        }

        public boolean removed() {
            return right == null;
        }

        public boolean changed() {
            return left != null && right != null && !Objects.equals(left.terms(), right.terms());
        }

    }

    /** The result: rows in the order of the left version, then the right version's new lines. */
    public record Result(ProposalVersion left, ProposalVersion right, List<Row> rows) {

        public BigDecimal totalDifference() {
            return right.getMonthlyTotal().subtract(left.getMonthlyTotal());
        }

    }

    public static Result compare(ProposalVersion left, ProposalVersion right) {
        Map<String, ServiceLine> remaining = new LinkedHashMap<>();
        right.getLines().forEach(l -> remaining.put(l.key(), l));
        var rows = new ArrayList<Row>();
        for (ServiceLine line : left.getLines()) {
            rows.add(new Row(line.key(), line, remaining.remove(line.key())));
        }
        remaining.forEach((key, line) -> rows.add(new Row(key, null, line)));
        return new Result(left, right, rows);
    }

}
