package org.garrison.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.PostKind;
import org.junit.jupiter.api.Test;

/** Every text of the organisation pages exists in English and in Chinese. */
class OrganisationMessagesTests {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("organisation_zh_CN").stringPropertyNames())
            .containsExactlyInAnyOrderElementsOf(load("organisation").stringPropertyNames());
    }

    @Test
    void everyKeyTheTemplatesNameExistsInBothLanguages() throws IOException {
        var english = keys("organisation", "platform");
        var chinese = keys("organisation_zh_CN", "platform_zh_CN");
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates/organisation"))) {
            for (Path template : templates.filter(Files::isRegularFile).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
        assertThat(chinese).containsAll(used);
    }

    @Test
    void everyPostKindAndClientStatusHasALabelAndEveryRefusalAMessage() throws IOException {
        var english = keys("organisation");
        for (PostKind kind : PostKind.values()) {
            assertThat(english).contains("post.kind." + kind);
        }
        for (ClientStatus status : ClientStatus.values()) {
            assertThat(english).contains("client.status." + status);
        }
        assertThat(english).contains("org.codeTaken", "org.postNameTaken", "client.nameTaken", "entity.company",
                "entity.branch", "entity.site", "entity.post", "entity.client", "nav.org", "nav.sites", "nav.clients");
    }

    private static Set<String> keys(String... bundles) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : bundles) {
            keys.addAll(load(bundle).stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(String bundle) throws IOException {
        var properties = new Properties();
        try (var in = OrganisationMessagesTests.class.getResourceAsStream("/messages/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
