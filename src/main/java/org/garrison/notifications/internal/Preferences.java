package org.garrison.notifications.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's channel choices per kind of alert; without a choice, {@link Kinds#onByDefault} applies. */
@Service
public class Preferences {

    private final JdbcClient jdbc;

    private final Kinds kinds;

    Preferences(JdbcClient jdbc, Kinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    /** Whether the user wants alerts of this kind through this channel. */
    @Transactional(readOnly = true)
    public boolean wants(long userId, String kind, Channel channel, boolean needsAcknowledgement) {
        return jdbc.sql("SELECT enabled FROM notification_preference WHERE user_id = ? AND kind = ? AND channel = ?")
            .params(userId, kind, channel.name())
            .query(Boolean.class)
            .optional()
            .orElseGet(() -> kinds.onByDefault(kind, channel, needsAcknowledgement));
    }

    /** The user's effective choices: kind → channel → on, for every known kind and user-chosen channel. */
    @Transactional(readOnly = true)
    public Map<String, Map<Channel, Boolean>> table(long userId) {
        Map<String, Boolean> chosen = new LinkedHashMap<>();
        jdbc.sql("SELECT kind, channel, enabled FROM notification_preference WHERE user_id = ?")
            .param(userId)
            .query((rs, n) -> chosen.put(rs.getString(1) + "|" + rs.getString(2), rs.getBoolean(3)))
            .list();
        Map<String, Map<Channel, Boolean>> table = new LinkedHashMap<>();
        for (String kind : kinds.known()) {
            Map<Channel, Boolean> row = new LinkedHashMap<>();
            for (Channel channel : Channel.CHOSEN_BY_USERS) {
                row.put(channel, chosen.getOrDefault(kind + "|" + channel, kinds.onByDefault(kind, channel, false)));
            }
            table.put(kind, row);
        }
        return table;
    }

    /** Replaces the user's choices: the given {@code kind|CHANNEL} pairs on, every other known pair off. */
    @Transactional
    public void choose(long userId, Set<String> on) {
        jdbc.sql("DELETE FROM notification_preference WHERE user_id = ?").param(userId).update();
        for (String kind : kinds.known()) {
            for (Channel channel : Channel.CHOSEN_BY_USERS) {
                jdbc.sql("INSERT INTO notification_preference (user_id, kind, channel, enabled) VALUES (?, ?, ?, ?)")
                    .params(userId, kind, channel.name(), on.contains(kind + "|" + channel.name()))
                    .update();
            }
        }
    }

    /** The channels users choose, for the table's columns. */
    public List<Channel> channels() {
        return Channel.CHOSEN_BY_USERS;
    }

}
