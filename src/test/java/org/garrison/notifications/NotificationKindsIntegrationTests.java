package org.garrison.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.garrison.shared.NotificationKind;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

// Same configuration as the MockMvc tests, so that all of them share one cached context.
@IntegrationTest
class NotificationKindsIntegrationTests {

    private static final Pattern PUBLISHED_KIND = Pattern.compile("new NotificationRequested\\(\\s*\"([\\w.]+)\"");

    @Autowired
    List<NotificationKind> kinds;

    @Autowired
    MessageSource messages;

    @Test
    void everyKindAModulePublishesIsDeclaredSoUsersCanChooseItsChannels() throws IOException {
        Set<String> declared = new TreeSet<>(kinds.stream().map(NotificationKind::code).toList());
        assertThat(declared).containsAll(publishedKinds());
    }

    @Test
    void everyDeclaredKindIsLabelledInBothLanguages() {
        for (NotificationKind kind : kinds) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertThat(messages.getMessage(kind.messageKey(), null, null, locale)).as(kind.code() + " " + locale)
                    .isNotBlank();
            }
        }
    }

    private static Set<String> publishedKinds() throws IOException {
        Set<String> published = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = PUBLISHED_KIND.matcher(Files.readString(file));
                while (matcher.find()) {
                    published.add(matcher.group(1));
                }
            }
        }
        return published;
    }

}
