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

class ClientControllerIntegrationTests extends OrganisationWebTest {

    @Test
    void customerServiceSearchesByNameIndustryPhoneAndStatus() throws Exception {
        mvc.perform(get("/clients").with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(BANK)))
            .andExpect(content().string(containsString(PARK)))
            .andExpect(content().string(containsString(PROSPECT)))
            .andExpect(content().string(containsString("潜在客户")))
            .andExpect(content().string(containsString("合作中")));
        mvc.perform(get("/clients").param("q", "银行").with(as("cs")))
            .andExpect(content().string(containsString(BANK)))
            .andExpect(content().string(not(containsString(PARK))));
        mvc.perform(get("/clients").param("q", "物业").with(as("cs")))
            .andExpect(content().string(containsString(PARK)))
            .andExpect(content().string(not(containsString(BANK))));
        mvc.perform(get("/clients").param("q", "23009999").with(as("cs")))
            .andExpect(content().string(containsString(PROSPECT)))
            .andExpect(content().string(not(containsString(BANK))));
        mvc.perform(get("/clients").param("status", "PROSPECT").param("q", "").with(as("cs")))
            .andExpect(content().string(containsString(PROSPECT)))
            .andExpect(content().string(not(containsString(PARK))));
        mvc.perform(get("/clients").param("status", "ACTIVE").param("lang", "en").with(as("cs")))
            .andExpect(content().string(containsString(PARK)))
            .andExpect(content().string(containsString(">Active<")))
            .andExpect(content().string(not(containsString(PROSPECT))));
    }

    @Test
    void clientListsAreCutToTheUsersScope() throws Exception {
        mvc.perform(get("/clients").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(BANK)))
            .andExpect(content().string(not(containsString(PARK))))
            .andExpect(content().string(not(containsString(PROSPECT))))
            .andExpect(content().string(not(containsString("href=\"/clients/new\""))));
        mvc.perform(get("/clients").with(as("client2")))
            .andExpect(content().string(containsString(PARK)))
            .andExpect(content().string(not(containsString(BANK))));
        mvc.perform(get("/clients").with(as("supervisor")))
            .andExpect(content().string(containsString(BANK)))
            .andExpect(content().string(not(containsString(PARK))));
    }

    @Test
    void clientDetailShowsItsSitesAndHidesOtherClients() throws Exception {
        mvc.perform(get("/clients/{id}", clientId(BANK)).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城银行福田支行")))
            .andExpect(content().string(containsString("鹏城银行南山支行")))
            .andExpect(content().string(containsString("0755-83001234")));
        mvc.perform(get("/clients/{id}", clientId(PARK)).with(as("client"))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/{id}", clientId(BANK)).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/{id}", clientId(PARK)).with(as("client2"))).andExpect(status().isOk());
        mvc.perform(get("/clients/{id}", clientId(PROSPECT)).with(as("supervisor"))).andExpect(status().isNotFound());
    }

    @Test
    void customerServiceCreatesAClientWithAnAuditRow() throws Exception {
        String name = "测试客户" + unique("C");
        mvc.perform(post("/clients").with(as("cs")).with(csrf())
                .param("name", name).param("industry", "零售").param("address", "深圳市罗湖区人民南路 1 号")
                .param("phone", "0755-1234 5678").param("status", "PROSPECT").param("notes", "门店安保询价"))
            .andExpect(status().is3xxRedirection());
        long id = clientId(name);
        assertThat(auditRows("Client", id)).isEqualTo(1);
        mvc.perform(get("/clients/{id}", id).with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("门店安保询价")));
    }

    @Test
    void duplicateNameIsRefusedOnTheFormIgnoringCaseAndNothingIsSaved() throws Exception {
        String name = "Duplicate " + unique("c");
        mvc.perform(post("/clients").with(as("cs")).with(csrf()).param("name", name).param("status", "ACTIVE"));
        long before = count("select count(*) from org_client");
        mvc.perform(post("/clients").with(as("cs")).with(csrf()).param("name", name.toLowerCase()).param("status", "ACTIVE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("已存在名为")));
        mvc.perform(post("/clients").with(as("cs")).with(csrf()).param("name", BANK).param("status", "ACTIVE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("已存在名为“" + BANK + "”的客户。")));
        assertThat(count("select count(*) from org_client")).isEqualTo(before);
    }

    @Test
    void invalidFieldsAreShownOnTheFormAndNothingIsSaved() throws Exception {
        long before = count("select count(*) from org_client");
        mvc.perform(post("/clients").with(as("cs")).with(csrf()).param("name", " ").param("phone", "call me").param("status", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("只能使用数字、空格、+、- 和括号。")));
        assertThat(count("select count(*) from org_client")).isEqualTo(before);
    }

    @Test
    void customerServiceEditsAClient() throws Exception {
        String name = "待改客户" + unique("C");
        mvc.perform(post("/clients").with(as("cs")).with(csrf()).param("name", name).param("status", "PROSPECT"));
        long id = clientId(name);
        mvc.perform(get("/clients/{id}/edit", id).with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(name)));
        mvc.perform(post("/clients/{id}", id).with(as("cs")).with(csrf()).param("name", name).param("status", "FORMER")
                .param("notes", "合同到期未续约"))
            .andExpect(redirectedUrl("/clients/" + id));
        assertThat(jdbc.sql("select status from org_client where id = ?").param(id).query(String.class).single())
            .isEqualTo("FORMER");
        assertThat(auditRows("Client", id)).isEqualTo(2);
        mvc.perform(post("/clients/{id}", id).with(as("cs")).with(csrf()).param("name", BANK).param("status", "FORMER"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("已存在名为")));
    }

    @Test
    void usersWithoutClientPermissionsAreRefused() throws Exception {
        long bank = clientId(BANK);
        mvc.perform(get("/clients").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get("/clients/{id}", bank).with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(get("/clients/new").with(as("ops"))).andExpect(status().isForbidden());
        mvc.perform(post("/clients").with(as("client")).with(csrf()).param("name", unique("c")).param("status", "ACTIVE"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/clients/{id}/edit", bank).with(as("supervisor"))).andExpect(status().isForbidden());
        mvc.perform(post("/clients/{id}", bank).with(as("client")).with(csrf()).param("name", "改名").param("status", "FORMER"))
            .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from org_client where id = ?").param(bank).query(String.class).single())
            .isEqualTo("ACTIVE");
    }

    @Test
    void clientOutsideTheManagersScopeIsNotFoundAndUnchanged() throws Exception {
        long bank = clientId(BANK);
        mvc.perform(get("/clients/{id}/edit", bank).with(managerOfBranch("B2"))).andExpect(status().isNotFound());
        mvc.perform(post("/clients/{id}", bank).with(managerOfBranch("B2")).with(csrf()).param("name", "改名").param("status", "FORMER"))
            .andExpect(status().isNotFound());
        mvc.perform(post("/clients/{id}", bank).with(managerOfBranch("B2")).with(csrf()).param("name", "").param("status", "FORMER"))
            .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name from org_client where id = ?").param(bank).query(String.class).single()).isEqualTo(BANK);
    }

}
