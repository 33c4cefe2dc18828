package org.garrison.rosters.internal.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched, in words: a message key ({@code rosters.rule.*}) and its arguments as text, so the page
 * can say it in the reader's language.
 */
public record RuleBreak(String messageKey, List<String> args) implements ConstraintJustification {

    public RuleBreak {
        args = List.copyOf(args);
    }

    static RuleBreak of(String messageKey, Object... args) {
        return new RuleBreak(messageKey, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

}
