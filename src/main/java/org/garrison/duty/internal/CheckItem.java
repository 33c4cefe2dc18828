package org.garrison.duty.internal;

import org.garrison.duty.PenaltyItem;

/**
 * The post-check checklist (R9), each line with the rulebook item it breaks when it fails: uniform and ID (1), the
 * guard room and 15 m around clean (2), polite language (3), visitors registered (5), no private calls or radio jokes
 * (10), no reading, chatting, games, dozing or smoking (11), at the post (不擅离职守; item 13's 不请假外出).
 */
public enum CheckItem {
    UNIFORM(PenaltyItem.UNIFORM),
    SURROUNDINGS(PenaltyItem.SURROUNDINGS),
    POLITE(PenaltyItem.RUDENESS),
    VISITORS_REGISTERED(PenaltyItem.VISITOR_UNCHECKED),
    NO_PRIVATE_CALLS(PenaltyItem.PRIVATE_CALLS),
    NO_DISTRACTION(PenaltyItem.DISTRACTED),
    AT_POST(PenaltyItem.LATE_OR_EARLY);

    private final PenaltyItem breaks;

    CheckItem(PenaltyItem breaks) {
        this.breaks = breaks;
    }

    /** The rulebook item a failure of this line breaks. */
    public PenaltyItem breaks() {
        return breaks;
    }

    public String messageKey() {
        return "duty.check.item." + name();
    }
}
