package org.garrison.organisation.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgTreeControllerIntegrationTests extends OrganisationWebTest {

    @Test
    void companyWideUserSeesEveryBranchSiteAndPostInChinese() throws Exception {
        mvc.perform(get("/org").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏安保安服务有限公司")))
            .andExpect(content().string(containsString("data-branch=\"B1\"")))
            .andExpect(content().string(containsString("data-branch=\"B2\"")))
            .andExpect(content().string(containsString("data-site=\"S101\"")))
            .andExpect(content().string(containsString("data-site=\"S202\"")))
            .andExpect(content().string(containsString("大门岗 · 门岗")))
            .andExpect(content().string(containsString(">大堂岗<")))
            .andExpect(content().string(not(containsString("大堂岗 · 大堂岗"))))
            .andExpect(content().string(containsString("href=\"/org/branches/new\"")));
    }

    @Test
    void switchesToEnglishWithCompanyNameAndPostKinds() throws Exception {
        mvc.perform(get("/org").param("lang", "en").with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Peng&#39;an Security Services Co., Ltd.")))
            .andExpect(content().string(containsString("大门岗 · Gate")));
    }

    @Test
    void supervisorSeesOnlyTheFirstBranch() throws Exception {
        mvc.perform(get("/org").with(as("supervisor")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-site=\"S101\"")))
            .andExpect(content().string(containsString("data-site=\"S102\"")))
            .andExpect(content().string(not(containsString("data-branch=\"B2\""))))
            .andExpect(content().string(not(containsString("data-site=\"S201\""))))
            .andExpect(content().string(not(containsString("href=\"/org/branches/new\""))));
    }

    @Test
    void teamLeaderAndGuardSeeOnlyTheirSite() throws Exception {
        for (String user : new String[] { "leader", "guard" }) {
            mvc.perform(get("/org").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-site=\"S101\"")))
                .andExpect(content().string(not(containsString("data-site=\"S102\""))))
                .andExpect(content().string(not(containsString("data-site=\"S201\""))));
        }
    }

    @Test
    void clientUsersSeeOnlyTheirOwnSites() throws Exception {
        mvc.perform(get("/org").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-site=\"S101\"")))
            .andExpect(content().string(containsString("data-site=\"S102\"")))
            .andExpect(content().string(not(containsString("data-site=\"S201\""))))
            .andExpect(content().string(not(containsString("data-site=\"S202\""))));
        mvc.perform(get("/org").with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-site=\"S201\"")))
            .andExpect(content().string(containsString("data-site=\"S202\"")))
            .andExpect(content().string(not(containsString("data-site=\"S101\""))));
    }

    @Test
    void treeNeedsOrgViewAndSignIn() throws Exception {
        mvc.perform(get("/org").with(withoutPermissions())).andExpect(status().isForbidden());
        mvc.perform(get("/org")).andExpect(status().is3xxRedirection());
    }

    @Test
    void companyWideManagerRenamesTheCompany() throws Exception {
        String before = jdbc.sql("select name_zh from org_company order by id").query(String.class).list().get(0);
        try {
            mvc.perform(post("/org/company").with(as("ops")).with(csrf())
                    .param("nameZh", before + "（测试）")
                    .param("nameEn", "Peng'an Security Services Co., Ltd."))
                .andExpect(redirectedUrl("/org"));
            assertThat(jdbc.sql("select name_zh from org_company order by id").query(String.class).list().get(0))
                .isEqualTo(before + "（测试）");
        }
        finally {
            mvc.perform(post("/org/company").with(as("admin")).with(csrf())
                    .param("nameZh", before)
                    .param("nameEn", "Peng'an Security Services Co., Ltd."))
                .andExpect(redirectedUrl("/org"));
        }
    }

    @Test
    void companyRenameRefusesBlankNamesAndChangesNothing() throws Exception {
        String before = jdbc.sql("select name_zh from org_company order by id").query(String.class).list().get(0);
        mvc.perform(post("/org/company").with(as("ops")).with(csrf()).param("nameZh", " ").param("nameEn", "X"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        assertThat(jdbc.sql("select name_zh from org_company order by id").query(String.class).list().get(0))
            .isEqualTo(before);
    }

    @Test
    void companyNameIsChangedOnlyByCompanyWideManagers() throws Exception {
        mvc.perform(get("/org/company/edit").with(as("ops"))).andExpect(status().isOk());
        mvc.perform(get("/org/company/edit").with(as("supervisor"))).andExpect(status().isForbidden());
        mvc.perform(get("/org/company/edit").with(managerOfBranch("B1"))).andExpect(status().isForbidden());
        mvc.perform(post("/org/company").with(as("cs")).with(csrf()).param("nameZh", "X").param("nameEn", "X"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/org/company").with(managerOfBranch("B1")).with(csrf()).param("nameZh", "X").param("nameEn", "X"))
            .andExpect(status().isForbidden());
    }

}
