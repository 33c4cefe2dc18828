package org.garrison.people.web;

import java.util.HashMap;
import java.util.Map;

/**
 * The answers to an online exam: the letter chosen per question, bound as {@code answers[<question id>]} (the
 * questions vary per course). A question left out counts as answered wrongly; the exam's rules are
 * {@code OnlineExams}'.
 */
record ExamAnswersForm(Map<String, String> answers) {

    ExamAnswersForm {
        answers = answers == null ? new HashMap<>() : answers;
    }

    static ExamAnswersForm blank() {
        return new ExamAnswersForm(new HashMap<>());
    }

    /** The letters chosen by question id; a key that is no question id is left out. */
    Map<Long, String> byQuestion() {
        var byQuestion = new HashMap<Long, String>();
        answers.forEach((key, letter) -> {
            if (key.matches("\\d{1,18}") && letter != null) {
                byQuestion.put(Long.parseLong(key), letter);
            }
        });
        return byQuestion;
    }

}
