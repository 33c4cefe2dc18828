package org.garrison.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One page of a list over {@code /api/v1}, numbered from 0: every list endpoint takes {@code page} (from 0) and
 * {@code size} (1–100, default 20) and answers this shape, so integrators page every list the same way.
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    /** The largest page an endpoint hands out. */
    public static final int MAX_SIZE = 100;

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> view) {
        return of(page.map(view));
    }

    /**
     * Pages a list that is already whole in memory (a query that answers a bounded list), so that it reads like
     * every other list.
     */
    public static <T> PageResponse<T> of(List<T> all, int page, int size) {
        var request = request(page, size);
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = Math.min(from + request.getPageSize(), all.size());
        int pages = all.isEmpty() ? 0 : (all.size() + request.getPageSize() - 1) / request.getPageSize();
        return new PageResponse<>(List.copyOf(all.subList(from, to)), request.getPageNumber(),
                request.getPageSize(), all.size(), pages);
    }

    /** The page request for {@code page} and {@code size}, clamped to 0… and 1–{@value #MAX_SIZE}. */
    public static PageRequest request(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
    }

    public static PageRequest request(int page, int size, Sort sort) {
        return request(page, size).withSort(sort);
    }

}
