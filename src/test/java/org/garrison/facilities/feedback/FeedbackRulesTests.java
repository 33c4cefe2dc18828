package org.garrison.facilities.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The refusals of client feedback and improvement suggestions, on the records themselves. */
class FeedbackRulesTests {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    private static Feedback feedback(Integer rating) {
        return new Feedback(1, ServiceKind.CLEANING, Channel.HOTLINE, NOW, "地面湿滑", rating, "后勤 张伟");
    }

    private static void refused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(DomainException.class)
            .satisfies(ex -> assertThat(((DomainException) ex).messageKey()).isEqualTo(key));
    }

    @Test
    void aRatingIsOneToFiveOrNone() {
        refused(() -> feedback(0), "facilities.feedback.ratingRange");
        refused(() -> feedback(6), "facilities.feedback.ratingRange");
        assertThat(feedback(1).getRating()).isEqualTo(1);
        assertThat(feedback(5).getRating()).isEqualTo(5);
        assertThat(feedback(null).getRating()).isNull();
    }

    @Test
    void guardingAndBlankFeedbackAreRefused() {
        refused(() -> new Feedback(1, ServiceKind.GUARDING, Channel.HOTLINE, NOW, "岗亭", 5, "x"), "facilities.feedback.guarding");
        refused(() -> new Feedback(1, ServiceKind.CLEANING, Channel.HOTLINE, NOW, "  ", 5, "x"), "facilities.feedback.contentBlank");
    }

    @Test
    void feedbackIsHandledOnceWithAReply() {
        var f = feedback(4);
        refused(() -> f.handle("   ", "后勤 张伟", NOW), "facilities.feedback.replyBlank");
        refused(() -> f.handle(null, "后勤 张伟", NOW), "facilities.feedback.replyBlank");
        assertThat(f.isHandled()).isFalse();
        f.handle(" 已处理 ", "后勤 张伟", NOW);
        assertThat(f.isHandled()).isTrue();
        assertThat(f.getReply()).isEqualTo("已处理");
        refused(() -> f.handle("再次处理", "后勤 张伟", NOW), "facilities.feedback.alreadyHandled");
        assertThat(f.getReply()).isEqualTo("已处理");
    }

    @Test
    void aSuggestionIsDecidedOnceAndOnlyAnAcceptedOneIsImplemented() {
        var day = LocalDate.of(2026, 12, 1);
        var rejected = new Suggestion(1, ServiceKind.CLEANING, "李娜", day, "加装除臭装置", "x");
        refused(() -> rejected.decide(false, " ", "x", NOW), "facilities.suggestion.rejectNote");
        refused(() -> rejected.implemented(day, null), "facilities.suggestion.notAccepted");
        rejected.decide(false, "预算不足", "x", NOW);
        assertThat(rejected.getState()).isEqualTo(SuggestionState.REJECTED);
        refused(() -> rejected.decide(true, null, "x", NOW), "facilities.suggestion.decided");

        var accepted = new Suggestion(1, ServiceKind.CLEANING, "李娜", day, "加装除臭装置", "x");
        accepted.decide(true, null, "x", NOW);
        refused(() -> accepted.implemented(day.minusDays(1), null), "facilities.suggestion.beforeProposed");
        accepted.implemented(day.plusDays(3), "已安装");
        assertThat(accepted.getState()).isEqualTo(SuggestionState.IMPLEMENTED);
        refused(() -> accepted.implemented(day.plusDays(4), null), "facilities.suggestion.notAccepted");
    }

    @Test
    void aSuggestionNeedsTextAndAProposer() {
        var day = LocalDate.of(2026, 12, 1);
        refused(() -> new Suggestion(1, ServiceKind.GUARDING, "李娜", day, "x", "x"), "facilities.feedback.guarding");
        refused(() -> new Suggestion(1, ServiceKind.CLEANING, "李娜", day, " ", "x"), "facilities.suggestion.contentBlank");
        refused(() -> new Suggestion(1, ServiceKind.CLEANING, null, day, "x", "x"), "facilities.suggestion.proposerBlank");
    }

}
