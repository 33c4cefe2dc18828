package org.garrison.patrols;

import java.time.LocalDate;

/** The completion rate of one service day. */
public record TrendPoint(LocalDate day, CompletionRate rate) {
}
