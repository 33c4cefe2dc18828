package org.garrison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The published OpenAPI description of {@code /api/v1}: how many paths it has (the figure docs/api.md quotes) and
 * that every operation is documented with a tag and a summary.
 */
@IntegrationTest
class OpenApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void describesEveryApiPathWithATagAndASummary() throws Exception {
        var body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.builder().build().readTree(body).path("paths");
        var names = new TreeSet<String>(paths.propertyNames());
        int operations = 0;
        var undocumented = new ArrayList<String>();
        for (var name : names) {
            for (var entry : paths.path(name).properties()) {
                operations++;
                var operation = entry.getValue();
                if (operation.path("tags").isEmpty() || operation.path("summary").asString("").isBlank()) {
                    undocumented.add(entry.getKey() + " " + name);
                }
            }
        }
        System.out.println("OpenAPI: " + names.size() + " paths, " + operations + " operations");
        assertThat(names).allMatch(p -> p.startsWith("/api/v1/"));
        assertThat(undocumented).isEmpty();
        assertThat(names.size()).isGreaterThanOrEqualTo(52);
    }

}
