package org.garrison.testsupport.pagewalk;

import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.NavEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Walks one user's pages breadth-first from the navigation: the navigation's pages, the pages they link to,
 * and so on down to a depth, opening at most a few URLs of each URL pattern (one contract stands for all
 * contracts) and at most a number of pages in all. htmx fragments count as part of the page that loads them
 * (same depth). Redirects are followed. How a page is fetched is the {@link Visitor}'s business.
 */
public final class PageWalk {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Links by the numbers in their paths, as numbers: {@code /x/9} before {@code /x/10}. */
    private static final Comparator<Link> BY_IDS = (one, other) -> {
        var first = NUMBER.matcher(one.path());
        var second = NUMBER.matcher(other.path());
        while (first.find() && second.find()) {
            int order = new BigInteger(first.group()).compareTo(new BigInteger(second.group()));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    };

    /** Fetches one link as the walking user. */
    public interface Visitor {

        Answer visit(Link link);

    }

    /**
     * What the server answered.
     *
     * @param status the HTTP status (500 when the request failed with an exception, 0 when no answer came)
     * @param contentType the content type, if any
     * @param location where a redirect leads, if it is one
     * @param body the body as text (the exception for a failed request)
     */
    public record Answer(int status, @Nullable String contentType, @Nullable String location, String body) {

        public boolean isPage() {
            return status >= 200 && status < 300 && contentType != null && contentType.startsWith("text/html");
        }

    }

    /** One link visited, under its URL pattern, with the parsed page if the answer was HTML. */
    public record Visit(Link link, String pattern, int depth, Answer answer, @Nullable Document page) {

    }

    /**
     * How far a walk goes.
     *
     * @param depth how many links away from the navigation's pages
     * @param perPattern how many URLs of one URL pattern
     * @param pages how many visits in all
     */
    public record Limits(int depth, int perPattern, int pages) {

        /** Pages three links from the navigation, two of each pattern, 300 a user. */
        public static final Limits STANDARD = new Limits(3, 2, 300);

        /** As {@link #STANDARD}, but one of each pattern: for a browser, where a page costs ten times as much. */
        public static final Limits PHONE = new Limits(3, 1, 300);

    }

    private final UrlPatterns patterns;

    private final Limits limits;

    private final String origin;

    /** @param origin scheme, host and port the pages' links are resolved against ({@code http://localhost}) */
    public PageWalk(UrlPatterns patterns, Limits limits, String origin) {
        this.patterns = patterns;
        this.limits = limits;
        this.origin = origin;
    }

    /** Where a user's walk starts: the home page, the account page and the navigation entries the user sees. */
    public static List<String> navigationOf(CurrentUser user, List<NavEntry> entries) {
        var seeds = new ArrayList<>(List.of("/", "/account"));
        entries.stream()
            .filter(entry -> entry.isVisibleTo(user))
            .sorted(Comparator.comparing(NavEntry::section).thenComparingInt(NavEntry::order))
            .map(NavEntry::href)
            .forEach(seeds::add);
        return seeds;
    }

    /**
     * Visits the seeds (depth 0) and what they lead to, fragments only if {@code fragments}, and hands each visit
     * to {@code checks} at once (so that the pages need not stay in memory). Answers how many it visited.
     */
    public int walk(List<String> seeds, Visitor visitor, boolean fragments, Consumer<Visit> checks) {
        var queue = new ArrayDeque<Step>();
        seeds.forEach(seed -> queue.add(new Step(new Link(seed, Link.NAVIGATION, false), 0)));
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perPattern = new HashMap<>();
        int visits = 0;
        while (!queue.isEmpty() && visits < limits.pages()) {
            Step step = queue.poll();
            Link link = step.link();
            String pattern = patterns.of(link.path());
            if ((link.fragment() && !fragments) || !seen.add(link.url())
                    || perPattern.merge(pattern, 1, Integer::sum) > limits.perPattern()) {
                continue;
            }
            Answer answer = visitor.visit(link);
            Document page = answer.isPage() ? Jsoup.parse(answer.body(), origin + link.url()) : null;
            visits++;
            checks.accept(new Visit(link, pattern, step.depth(), answer, page));
            if (answer.location() != null && answer.status() / 100 == 3) {
                redirect(queue, link, answer.location(), step.depth());
            }
            if (page != null) {
                for (Link next : oldestFirst(Links.of(page, link.url()))) {
                    if (next.fragment()) {
                        queue.add(new Step(next, step.depth()));
                    }
                    else if (step.depth() < limits.depth()) {
                        queue.add(new Step(next, step.depth() + 1));
                    }
                }
            }
        }
        return visits;
    }

    /**
     * The links with those of one URL pattern in the order of their ids: the demo data's rows, oldest, come before
     * rows that other tests sharing the database added, so that the walk opens the same rows whatever ran before.
     */
    private List<Link> oldestFirst(List<Link> links) {
        var byPattern = new LinkedHashMap<String, List<Link>>();
        links.forEach(link -> byPattern.computeIfAbsent(patterns.of(link.path()), key -> new ArrayList<>()).add(link));
        return byPattern.values().stream().flatMap(group -> group.stream().sorted(BY_IDS)).toList();
    }

    /** A redirect's target is visited next, as offered by the redirecting page. */
    private void redirect(ArrayDeque<Step> queue, Link from, String location, int depth) {
        Links.to(URI.create(origin + from.url()), location, from.url(), from.fragment())
            .ifPresent(next -> queue.addFirst(new Step(next, depth)));
    }

    private record Step(Link link, int depth) {

    }

}
