package org.garrison.organisation.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.organisation.internal.Clients.ClientDetails;
import org.garrison.organisation.internal.OrgStructure.SiteDetails;
import org.garrison.shared.DataScope;
import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a company with two brigades, three clients, four sites and their posts, created
 * through the same services (and audit trail) as a user's changes.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoOrganisation implements StartupData {

    private static final DataScope SYSTEM = DataScope.company(0);

    private final OrgStructure structure;

    private final Clients clients;

    private final BranchRepository branches;

    DemoOrganisation(OrgStructure structure, Clients clients, BranchRepository branches) {
        this.structure = structure;
        this.clients = clients;
        this.branches = branches;
    }

    @Override
    public String name() {
        return "organisation.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of();
    }

    @Override
    @Transactional
    public void load() {
        structure.ensureCompany("鹏安保安服务有限公司", "Peng'an Security Services Co., Ltd.");
        if (branches.existsByCode("B1")) {
            return;
        }
        var first = structure.createBranch("B1", "第一大队");
        var second = structure.createBranch("B2", "第二大队");
        var bank = clients.create(new ClientDetails("鹏城银行深圳分行", "银行 / Banking", "深圳市福田区深南大道 1001 号",
                "0755-83001234", ClientStatus.ACTIVE, "银行网点安保及后勤服务", "银行,重点客户"));
        var park = clients.create(new ClientDetails("南山科技园物业管理有限公司", "物业 / Property", "深圳市南山区科技园南区 8 栋",
                "0755-26005678", ClientStatus.ACTIVE, "园区安保、保洁及绿植养护", "物业,园区"));
        clients.create(new ClientDetails("前海会展中心", "会展 / Exhibitions", "深圳市宝安区福海街道展城路 1 号", "0755-23009999",
                ClientStatus.PROSPECT, "询价中：展会期间临时安保", "会展"));
        site(new SiteDetails(first.getId(), bank.getId(), "S101", "鹏城银行福田支行", "深圳市福田区福华路 88 号"));
        site(new SiteDetails(first.getId(), bank.getId(), "S102", "鹏城银行南山支行", "深圳市南山区南海大道 2001 号"));
        site(new SiteDetails(second.getId(), park.getId(), "S201", "科技园 A 座", "深圳市南山区科技南十二路 2 号"));
        site(new SiteDetails(second.getId(), park.getId(), "S202", "科技园 B 座", "深圳市南山区科技南十二路 6 号"));
    }

    private void site(SiteDetails details) {
        var site = structure.createSite(SYSTEM, details);
        for (var post : List.of(Map.entry("大门岗", PostKind.GATE), Map.entry("大堂岗", PostKind.LOBBY),
                Map.entry("巡逻岗", PostKind.PATROL), Map.entry("监控室", PostKind.CONTROL_ROOM))) {
            structure.createPost(SYSTEM, site.getId(), post.getKey(), post.getValue());
        }
    }

}
