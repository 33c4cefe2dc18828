package org.garrison.contracts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which sites a signed contract covers (written at signing). */
@Component
class ContractSites {

    private final JdbcClient jdbc;

    ContractSites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long contractId, long siteId, String siteCode) {
        jdbc.sql("INSERT INTO con_contract_site (contract_id, site_id, site_code) VALUES (?, ?, ?)")
            .params(contractId, siteId, siteCode)
            .update();
    }

    List<Long> sitesOf(long contractId) {
        return jdbc.sql("SELECT site_id FROM con_contract_site WHERE contract_id = ? ORDER BY site_code")
            .param(contractId)
            .query(Long.class)
            .list();
    }

    /** The code the contract's lines use for the site, if the contract covers it. */
    Optional<String> codeOf(long contractId, long siteId) {
        return jdbc.sql("SELECT site_code FROM con_contract_site WHERE contract_id = ? AND site_id = ?")
            .params(contractId, siteId)
            .query(String.class)
            .optional();
    }

    /** The contracts covering the site. */
    List<Long> contractsAt(long siteId) {
        return jdbc.sql("SELECT contract_id FROM con_contract_site WHERE site_id = ?").param(siteId).query(Long.class).list();
    }

}
