package org.garrison.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class SiteControllerIntegrationTests extends OrganisationWebTest {

    @Test
    void listFiltersByBranchClientAndActive() throws Exception {
        mvc.perform(get("/org/sites").param("branchId", String.valueOf(branchId("B2"))).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-site=\"S201\"")))
            .andExpect(content().string(not(containsString("data-site=\"S101\""))));
        mvc.perform(get("/org/sites").param("clientId", String.valueOf(clientId(BANK))).param("active", "true").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-site=\"S102\"")))
            .andExpect(content().string(not(containsString("data-site=\"S202\""))));
        mvc.perform(get("/org/sites").param("active", "false").param("branchId", "").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("data-site=\"S101\""))));
    }

    @Test
    void clientSeesOnlyItsOwnSitesEvenWhenFilteringForAnother() throws Exception {
        mvc.perform(get("/org/sites").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-site=\"S101\"")))
            .andExpect(content().string(containsString("data-site=\"S102\"")))
            .andExpect(content().string(not(containsString("data-site=\"S201\""))))
            .andExpect(content().string(not(containsString(PARK))));
        mvc.perform(get("/org/sites").param("clientId", String.valueOf(clientId(PARK))).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("data-site=\"S201\""))));
    }

    @Test
    void siteDetailShowsPostsWithLocalizedKinds() throws Exception {
        mvc.perform(get("/org/sites/{id}", siteId("S101")).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城银行福田支行")))
            .andExpect(content().string(containsString("监控室")))
            .andExpect(content().string(containsString("大堂岗")))
            .andExpect(content().string(not(containsString("/org/sites/" + siteId("S101") + "/edit"))));
        mvc.perform(get("/org/sites/{id}", siteId("S101")).param("lang", "en").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Control room")))
            .andExpect(content().string(containsString("/org/sites/" + siteId("S101") + "/edit")));
    }

    @Test
    void anotherClientsSiteIsNotFound() throws Exception {
        mvc.perform(get("/org/sites/{id}", siteId("S201")).with(as("client"))).andExpect(status().isNotFound());
        mvc.perform(get("/org/sites/{id}", siteId("S101")).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(get("/org/sites/{id}", siteId("S201")).with(as("client2"))).andExpect(status().isOk());
        mvc.perform(get("/org/sites/{id}", siteId("S201")).with(as("supervisor"))).andExpect(status().isNotFound());
        mvc.perform(get("/org/sites/{id}", siteId("S102")).with(as("leader"))).andExpect(status().isNotFound());
        mvc.perform(get("/org/sites/{id}", Long.MAX_VALUE).with(as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void managerCreatesASiteWithAnAuditRow() throws Exception {
        String code = unique("S");
        mvc.perform(post("/org/sites").with(as("ops")).with(csrf())
                .param("branchId", String.valueOf(branchId("B2")))
                .param("clientId", String.valueOf(clientId(PROSPECT)))
                .param("code", code)
                .param("name", "会展中心临时驻点")
                .param("address", "深圳市宝安区展城路 1 号"))
            .andExpect(status().is3xxRedirection());
        long id = siteId(code);
        assertThat(auditRows("Site", id)).isEqualTo(1);
        mvc.perform(get("/org/sites/{id}", id).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("会展中心临时驻点")))
            .andExpect(content().string(containsString(PROSPECT)));
    }

    @Test
    void invalidSiteIsShownOnTheFormAndNothingIsSaved() throws Exception {
        long before = count("select count(*) from org_site");
        mvc.perform(post("/org/sites").with(as("ops")).with(csrf())
                .param("branchId", "").param("clientId", "").param("code", "").param("name", "无编号驻点"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("请选择。")));
        assertThat(count("select count(*) from org_site")).isEqualTo(before);
    }

    @Test
    void duplicateSiteCodeIsRefusedOnTheForm() throws Exception {
        long before = count("select count(*) from org_site");
        mvc.perform(post("/org/sites").with(as("ops")).with(csrf())
                .param("branchId", String.valueOf(branchId("B1"))).param("code", "s101").param("name", "重复驻点"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("编号 S101 已被使用。")));
        assertThat(count("select count(*) from org_site")).isEqualTo(before);
    }

    @Test
    void managerEditsAndDeactivatesASite() throws Exception {
        String code = unique("S");
        mvc.perform(post("/org/sites").with(as("ops")).with(csrf())
            .param("branchId", String.valueOf(branchId("B2"))).param("code", code).param("name", "待改驻点"));
        long id = siteId(code);
        mvc.perform(get("/org/sites/{id}/edit", id).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("待改驻点")));
        mvc.perform(post("/org/sites/{id}", id).with(as("ops")).with(csrf())
                .param("branchId", String.valueOf(branchId("B2"))).param("clientId", String.valueOf(clientId(PARK)))
                .param("code", code).param("name", "已改驻点").param("address", "").param("_active", "on"))
            .andExpect(redirectedUrl("/org/sites/" + id));
        var row = jdbc.sql("select name, client_id, active from org_site where id = ?").param(id).query().singleRow();
        assertThat(row.get("name")).isEqualTo("已改驻点");
        assertThat(((Number) row.get("client_id")).longValue()).isEqualTo(clientId(PARK));
        assertThat(row.get("active")).isEqualTo(false);
        assertThat(auditRows("Site", id)).isEqualTo(2);
    }

    @Test
    void usersWithoutOrgManageAreRefused() throws Exception {
        long s101 = siteId("S101");
        mvc.perform(get("/org/sites/new").with(as("supervisor"))).andExpect(status().isForbidden());
        mvc.perform(get("/org/sites/{id}/edit", s101).with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/org/sites").with(as("cs")).with(csrf())
                .param("branchId", String.valueOf(branchId("B1"))).param("code", unique("S")).param("name", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/org/sites/{id}", s101).with(as("client")).with(csrf())
                .param("branchId", String.valueOf(branchId("B1"))).param("code", "S101").param("name", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/org/sites").with(withoutPermissions())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name from org_site where id = ?").param(s101).query(String.class).single())
            .isEqualTo("鹏城银行福田支行");
    }

    @Test
    void siteOutsideTheManagersScopeIsNotFoundAndUnchanged() throws Exception {
        long s101 = siteId("S101");
        mvc.perform(get("/org/sites/{id}/edit", s101).with(managerOfBranch("B2"))).andExpect(status().isNotFound());
        mvc.perform(post("/org/sites/{id}", s101).with(managerOfBranch("B2")).with(csrf())
                .param("branchId", String.valueOf(branchId("B2"))).param("code", "S101").param("name", "被改"))
            .andExpect(status().isNotFound());
        mvc.perform(post("/org/sites").with(managerOfBranch("B2")).with(csrf())
                .param("branchId", String.valueOf(branchId("B1"))).param("code", unique("S")).param("name", "越权驻点"))
            .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name from org_site where id = ?").param(s101).query(String.class).single())
            .isEqualTo("鹏城银行福田支行");
        assertThat(count("select count(*) from org_site where name = '越权驻点'")).isZero();
    }

}
