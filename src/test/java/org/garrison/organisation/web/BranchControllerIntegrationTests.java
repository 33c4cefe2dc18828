package org.garrison.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

class BranchControllerIntegrationTests extends OrganisationWebTest {

    @Test
    void companyWideManagerCreatesABranchWithAnAuditRow() throws Exception {
        String code = unique("b");
        mvc.perform(post("/org/branches").with(as("ops")).with(csrf()).param("code", code).param("name", "测试大队"))
            .andExpect(redirectedUrl("/org"))
            .andExpect(flash().attribute("flash", "common.saved"));
        long id = branchId(code);
        assertThat(auditRows("Branch", id)).isEqualTo(1);
        mvc.perform(get("/org").with(as("ops"))).andExpect(content().string(containsString("data-branch=\"" + code + "\"")));
    }

    @Test
    void duplicateCodeIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
        long before = count("select count(*) from org_branch");
        mvc.perform(post("/org/branches").with(as("ops")).with(csrf()).param("code", "b1").param("name", "重复大队"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("编号 B1 已被使用。")));
        assertThat(count("select count(*) from org_branch")).isEqualTo(before);
    }

    @Test
    void invalidFieldsAreShownOnTheFormAndNothingIsSaved() throws Exception {
        long before = count("select count(*) from org_branch");
        mvc.perform(post("/org/branches").with(as("ops")).with(csrf()).param("code", "B 9!").param("name", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("只能使用字母、数字和连字符。")));
        assertThat(count("select count(*) from org_branch")).isEqualTo(before);
    }

    @Test
    void managerEditsABranchAndMayDeactivateIt() throws Exception {
        String code = unique("b");
        mvc.perform(post("/org/branches").with(as("admin")).with(csrf()).param("code", code).param("name", "待改大队"));
        long id = branchId(code);
        mvc.perform(get("/org/branches/{id}/edit", id).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("待改大队")));
        mvc.perform(post("/org/branches/{id}", id).with(as("ops")).with(csrf())
                .param("code", code).param("name", "已改大队").param("_active", "on"))
            .andExpect(redirectedUrl("/org"));
        assertThat(jdbc.sql("select name from org_branch where id = ?").param(id).query(String.class).single())
            .isEqualTo("已改大队");
        assertThat(jdbc.sql("select active from org_branch where id = ?").param(id).query(Boolean.class).single()).isFalse();
        assertThat(auditRows("Branch", id)).isEqualTo(2);
    }

    @Test
    void usersWithoutOrgManageAreRefused() throws Exception {
        long b1 = branchId("B1");
        mvc.perform(get("/org/branches/new").with(as("supervisor"))).andExpect(status().isForbidden());
        mvc.perform(post("/org/branches").with(as("cs")).with(csrf()).param("code", unique("b")).param("name", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/org/branches/{id}/edit", b1).with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/org/branches/{id}", b1).with(as("client")).with(csrf()).param("code", "B1").param("name", "x"))
            .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name from org_branch where id = ?").param(b1).query(String.class).single())
            .isEqualTo("第一大队");
    }

    @Test
    void onlyCompanyWideManagersCreateBranches() throws Exception {
        mvc.perform(get("/org/branches/new").with(managerOfBranch("B1"))).andExpect(status().isForbidden());
    }

    @Test
    void branchOutsideTheManagersScopeIsNotFound() throws Exception {
        long b2 = branchId("B2");
        mvc.perform(get("/org/branches/{id}/edit", b2).with(managerOfBranch("B1"))).andExpect(status().isNotFound());
        mvc.perform(post("/org/branches/{id}", b2).with(managerOfBranch("B1")).with(csrf())
                .param("code", "B2").param("name", "改名").param("active", "true"))
            .andExpect(status().isNotFound());
        mvc.perform(get("/org/branches/{id}/edit", Long.MAX_VALUE).with(as("ops"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name from org_branch where id = ?").param(b2).query(String.class).single())
            .isEqualTo("第二大队");
    }

}
