package org.garrison.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostControllerIntegrationTests extends OrganisationWebTest {

    long siteId;

    @BeforeEach
    void createSite() throws Exception {
        String code = unique("P");
        mvc.perform(post("/org/sites").with(as("ops")).with(csrf())
            .param("branchId", String.valueOf(branchId("B2"))).param("code", code).param("name", "岗位测试驻点"));
        siteId = siteId(code);
    }

    @Test
    void managerAddsAPostWithAnAuditRow() throws Exception {
        mvc.perform(get("/org/sites/{id}/posts/new", siteId).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("车辆岗")));
        mvc.perform(post("/org/sites/{id}/posts", siteId).with(as("ops")).with(csrf())
                .param("name", "地库车管岗").param("kind", "VEHICLE"))
            .andExpect(redirectedUrl("/org/sites/" + siteId));
        long postId = jdbc.sql("select id from org_post where site_id = ? and name = '地库车管岗'").param(siteId)
            .query(Long.class).single();
        assertThat(auditRows("Post", postId)).isEqualTo(1);
        mvc.perform(get("/org/sites/{id}", siteId).with(as("ops")))
            .andExpect(content().string(containsString("地库车管岗")));
    }

    @Test
    void duplicateOrInvalidPostIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
        mvc.perform(post("/org/sites/{id}/posts", siteId).with(as("ops")).with(csrf()).param("name", "大门岗").param("kind", "GATE"));
        mvc.perform(post("/org/sites/{id}/posts", siteId).with(as("ops")).with(csrf()).param("name", "大门岗").param("kind", "LOBBY"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("该驻点已有名为“大门岗”的岗位。")));
        mvc.perform(post("/org/sites/{id}/posts", siteId).with(as("ops")).with(csrf()).param("name", "").param("kind", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        assertThat(count("select count(*) from org_post where site_id = ?", siteId)).isEqualTo(1);
    }

    @Test
    void managerChangesAndDeactivatesAPost() throws Exception {
        mvc.perform(post("/org/sites/{id}/posts", siteId).with(as("ops")).with(csrf()).param("name", "巡逻一岗").param("kind", "PATROL"));
        long postId = jdbc.sql("select id from org_post where site_id = ?").param(siteId).query(Long.class).single();
        mvc.perform(get("/org/posts/{id}/edit", postId).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("巡逻一岗")));
        mvc.perform(post("/org/posts/{id}", postId).with(as("ops")).with(csrf())
                .param("name", "夜间巡逻岗").param("kind", "OTHER").param("_active", "on"))
            .andExpect(redirectedUrl("/org/sites/" + siteId));
        var row = jdbc.sql("select name, kind, active from org_post where id = ?").param(postId).query().singleRow();
        assertThat(row.get("name")).isEqualTo("夜间巡逻岗");
        assertThat(row.get("kind")).isEqualTo("OTHER");
        assertThat(row.get("active")).isEqualTo(false);
    }

    @Test
    void usersWithoutOrgManageAreRefused() throws Exception {
        long gate = postId("S101", "大门岗");
        mvc.perform(get("/org/sites/{id}/posts/new", siteId("S101")).with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/org/sites/{id}/posts", siteId("S101")).with(as("supervisor")).with(csrf())
                .param("name", "新岗").param("kind", "GATE"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/org/posts/{id}/edit", gate).with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(post("/org/posts/{id}", gate).with(as("client")).with(csrf()).param("name", "x").param("kind", "GATE"))
            .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name from org_post where id = ?").param(gate).query(String.class).single()).isEqualTo("大门岗");
    }

    @Test
    void postsOutsideTheManagersScopeAreNotFound() throws Exception {
        long gate = postId("S101", "大门岗");
        mvc.perform(get("/org/posts/{id}/edit", gate).with(managerOfBranch("B2"))).andExpect(status().isNotFound());
        mvc.perform(post("/org/posts/{id}", gate).with(managerOfBranch("B2")).with(csrf()).param("name", "被改").param("kind", "GATE"))
            .andExpect(status().isNotFound());
        mvc.perform(get("/org/sites/{id}/posts/new", siteId("S101")).with(managerOfBranch("B2"))).andExpect(status().isNotFound());
        mvc.perform(post("/org/sites/{id}/posts", siteId("S101")).with(managerOfBranch("B2")).with(csrf())
                .param("name", "越权岗").param("kind", "GATE"))
            .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name from org_post where id = ?").param(gate).query(String.class).single()).isEqualTo("大门岗");
        assertThat(count("select count(*) from org_post where name = '越权岗'")).isZero();
    }

}
