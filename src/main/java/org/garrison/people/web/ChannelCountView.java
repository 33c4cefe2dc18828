package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.people.internal.PeopleQueries.ChannelCount;

/** How many applicants in the caller's scope came through a recruitment channel (招聘渠道), and how many were hired. */
record ChannelCountView(@Schema(example = "REFERRAL") String channel, @Schema(example = "员工推荐") String label,
        @Schema(example = "12") long applicants, @Schema(example = "3") long hired) {

    static ChannelCountView of(ChannelCount count, String label) {
        return new ChannelCountView(count.channel().name(), label, count.applicants(), count.hired());
    }

}
