package org.garrison.organisation.internal;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo mode only: a company with two brigades, three clients, four sites and their posts. */
@Component
@Order(10)
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoOrganisation implements ApplicationRunner {

    private final OrgStructure structure;

    private final BranchRepository branches;

    private final SiteRepository sites;

    private final ClientRepository clients;

    private final PostRepository posts;

    DemoOrganisation(OrgStructure structure, BranchRepository branches, SiteRepository sites, ClientRepository clients,
            PostRepository posts) {
        this.structure = structure;
        this.branches = branches;
        this.sites = sites;
        this.clients = clients;
        this.posts = posts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var company = structure.ensureCompany("鹏安保安服务有限公司", "Peng'an Security Services Co., Ltd.");
        if (branches.existsByCode("B1")) {
            return;
        }
        var first = branches.save(new Branch(company.getId(), "B1", "第一大队"));
        var second = branches.save(new Branch(company.getId(), "B2", "第二大队"));
        var bank = clients.save(new Client("鹏城银行深圳分行", "银行 / Banking", "深圳市福田区深南大道 1001 号",
                "0755-83001234", ClientStatus.ACTIVE, "银行网点安保及后勤服务"));
        var park = clients.save(new Client("南山科技园物业管理有限公司", "物业 / Property", "深圳市南山区科技园南区 8 栋",
                "0755-26005678", ClientStatus.ACTIVE, "园区安保、保洁及绿植养护"));
        clients.save(new Client("前海会展中心", "会展 / Exhibitions", "深圳市宝安区福海街道展城路 1 号", "0755-23009999",
                ClientStatus.PROSPECT, "询价中：展会期间临时安保"));
        site(first.getId(), bank.getId(), "S101", "鹏城银行福田支行", "深圳市福田区福华路 88 号");
        site(first.getId(), bank.getId(), "S102", "鹏城银行南山支行", "深圳市南山区南海大道 2001 号");
        site(second.getId(), park.getId(), "S201", "科技园 A 座", "深圳市南山区科技南十二路 2 号");
        site(second.getId(), park.getId(), "S202", "科技园 B 座", "深圳市南山区科技南十二路 6 号");
    }

    private void site(long branchId, long clientId, String code, String name, String address) {
        var site = sites.save(new Site(branchId, clientId, code, name, address));
        for (var post : List.of(new Post(site.getId(), "大门岗", PostKind.GATE), new Post(site.getId(), "大堂岗", PostKind.LOBBY),
                new Post(site.getId(), "巡逻岗", PostKind.PATROL), new Post(site.getId(), "监控室", PostKind.CONTROL_ROOM))) {
            posts.save(post);
        }
    }

}
