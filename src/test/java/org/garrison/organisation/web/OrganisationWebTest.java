package org.garrison.organisation.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.concurrent.ThreadLocalRandom;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Shared setup of the organisation module's integration tests: MockMvc on the real application with its demo data,
 * requests made as the real demo users, and ids of the demo organisation. The database is shared
 * with every other test, so tests create uniquely named rows of their own.
 */
@IntegrationTest
abstract class OrganisationWebTest {

    static final String BANK = "鹏城银行深圳分行";

    static final String PARK = "南山科技园物业管理有限公司";

    static final String PROSPECT = "前海会展中心";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** A manager of sites and clients whose data scope is one branch. */
    RequestPostProcessor managerOfBranch(String code) {
        return TestPrincipals.as(ScopeLevel.BRANCH, branchId(code), OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE,
                OrganisationPermissions.CLIENTS_VIEW, OrganisationPermissions.CLIENTS_MANAGE);
    }

    /** Signed in, but allowed to do nothing in this module. */
    RequestPostProcessor withoutPermissions() {
        return TestPrincipals.withPermissions();
    }

    long siteId(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    long branchId(String code) {
        return organisation.branchByCode(code).orElseThrow().value();
    }

    long clientId(String name) {
        return organisation.clientByName(name).orElseThrow().value();
    }

    long postId(String siteCode, String postName) {
        return jdbc.sql("select id from org_post where site_id = ? and name = ?")
            .params(siteId(siteCode), postName)
            .query(Long.class)
            .single();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long auditRows(String entityType, long entityId) {
        return count("select count(*) from audit_entry where entity_type = ? and entity_id = ?", entityType,
                String.valueOf(entityId));
    }

    /** A code nobody else uses: letters and digits, at most 12 characters. */
    static String unique(String prefix) {
        return (prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)).toUpperCase(java.util.Locale.ROOT);
    }

}
