package org.garrison.testsupport.pagewalk;

import java.util.List;

/**
 * Where a visible token that equals an enum constant's name is the content, not a code that should have been
 * translated: a word that labels use as it is, or a page's column of codes that people choose and type
 * themselves. Each entry says why; keep the list short.
 */
public final class AllowedCodes {

    /** A token allowed on every page. */
    public record Word(String code, String reason) {
    }

    /** Elements (a CSS selector) of the pages of one URL pattern whose text is allowed to be a code. */
    public record Content(String pattern, String selector, String reason) {
    }

    /** The allow-list of the page walk. */
    public static final AllowedCodes PAGE_WALK = new AllowedCodes(
            List.of(new Word("API", "an acronym that Chinese labels use as a word: API 文档, API 令牌")),
            List.of(new Content("/admin/roles", "#roles code",
                    "a role's code is its identifier, chosen by the administrator and shown beside its name"),
                    new Content("/admin/approval-chains", "code",
                            "an approval type's code is its identifier, chosen by the administrator and shown beside "
                                    + "its name"),
                    new Content("/admin/approval-chains/new", ".form-text",
                            "the form asks for a new approval type's code and shows what one looks like"),
                    new Content("/admin/approval-chains/{type}/edit", ".form-text",
                            "the form shows the approval type's code and what one looks like"),
                    new Content("/servicedesk/complaint-types", "#complaint-types code",
                            "a complaint type's code is its identifier, chosen by the administrator and shown beside "
                                    + "its names"),
                    new Content("/sla/policies/{id}/edit", ".form-text",
                            "the escalation field takes role codes, and its help shows how to write them")));

    private final List<Word> words;

    private final List<Content> contents;

    public AllowedCodes(List<Word> words, List<Content> contents) {
        this.words = List.copyOf(words);
        this.contents = List.copyOf(contents);
    }

    public boolean allowsEverywhere(String code) {
        return words.stream().anyMatch(word -> word.code().equals(code));
    }

    /** The selectors of the elements whose text may be codes on pages of this URL pattern. */
    public List<String> contentOn(String pattern) {
        return contents.stream().filter(content -> content.pattern().equals(pattern)).map(Content::selector).toList();
    }

}
