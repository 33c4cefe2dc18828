package org.garrison.facilities.workorders;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.garrison.facilities.records.RecordContent;
import org.garrison.identity.IdentityManagement;
import org.garrison.numbering.NumberingManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.StartupData;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo work orders at the bank branches: a client's new cleaning request, an electrical fault filed two hours ago and
 * never answered (its response deadline of 30 minutes is breached), a dead plant replaced and waiting for the client's
 * confirmation, a pest request closed after the client confirmed it, a cleaning emergency closed at S102 and a request
 * the client reopened.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoWorkOrders implements StartupData {

    private final WorkOrders orders;

    private final WorkOrderRepository repository;

    private final WorkOrderJournal journal;

    private final NumberingManagement numbering;

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    DemoWorkOrders(WorkOrders orders, WorkOrderRepository repository, WorkOrderJournal journal, NumberingManagement numbering,
            IdentityManagement identity, OrganisationManagement organisation) {
        this.orders = orders;
        this.repository = repository;
        this.journal = journal;
        this.numbering = numbering;
        this.identity = identity;
        this.organisation = organisation;
    }

    @Override
    public String name() {
        return "facilities.demo.workOrders";
    }

    @Override
    public Set<String> after() {
        return Set.of("organisation.demo", "identity.demo", "sla.demo", "facilities.demo.plans");
    }

    @Override
    @Transactional
    public void load() {
        if (repository.count() > 0) {
            return;
        }
        var client = user("client");
        var logistics = user("logistics");
        var cleaner = user("cleaner");
        long s101 = organisation.siteByCode("S101").orElseThrow().value();
        long s102 = organisation.siteByCode("S102").orElseThrow().value();

        orders.file(client, new NewWorkOrder(s101, Category.CLEANING_REQUEST, Priority.NORMAL, Source.CLIENT_REQUEST, null,
                "一楼营业大厅", "大厅入口地面有水渍，客户进出容易滑倒，请尽快处理。"));

        breachedFault(logistics, s101);

        var plant = orders.file(client, new NewWorkOrder(s101, Category.PLANT_DEAD, Priority.NORMAL, Source.CLIENT_REQUEST, null,
                "二楼贵宾室", "贵宾室门口的发财树叶子发黄枯死，请更换。"));
        work(logistics, cleaner, plant.getId(), "更换发财树一盆（无毒品种），清理旧盆土", "发财树 1 盆，营养土", "绿植更换");

        var pests = orders.file(logistics, new NewWorkOrder(s101, Category.PEST_REQUEST, Priority.NORMAL, Source.PHONE, null,
                "员工餐厅", "餐厅后厨发现蟑螂，请安排专项消杀。"));
        work(logistics, cleaner, pests.getId(), "后厨及餐厅专项消杀（蟑螂），已告知客户注意事项", "高效氯氰菊酯 微乳剂 20 ml", "滞留喷洒");
        orders.confirm(client, pests.getId(), "处理及时，已无蟑螂");
        orders.close(logistics, pests.getId());

        var spill = orders.file(logistics, new NewWorkOrder(s102, Category.CLEANING_REQUEST, Priority.EMERGENCY, Source.PHONE, null,
                "ATM 自助区", "自助区有饮料洒落，地面湿滑。"));
        work(logistics, cleaner, spill.getId(), "清理洒落饮料，地面拖干并放置防滑提示牌", "拖把、吸水布", "清洁");
        orders.confirm(logistics, spill.getId(), null);
        orders.close(logistics, spill.getId());

        var glass = orders.file(client, new NewWorkOrder(s102, Category.CLEANING_REQUEST, Priority.NORMAL, Source.CLIENT_REQUEST, null,
                "正门玻璃", "正门玻璃有明显手印。"));
        work(logistics, cleaner, glass.getId(), "擦拭正门玻璃", "玻璃刮、玻璃水", "清洁");
        orders.reopen(client, glass.getId(), "玻璃上半部分仍有污渍，请重新擦拭。");
    }

    /** An electrical fault filed two hours ago and assigned but never answered: its 30-minute response is breached. */
    private void breachedFault(CurrentUser logistics, long site) {
        var at = journal.now().minus(Duration.ofHours(2));
        var order = repository.save(new WorkOrder(numbering.next(WorkOrders.SERIES, LocalDate.ofInstant(at, journal.zone())), site,
                null, Category.ELECTRICAL_FAULT, Priority.EMERGENCY, Source.PHONE, null, "ATM 自助区", "ATM 自助区照明全部熄灭，需检查线路。",
                logistics.id(), logistics.displayName(), at));
        journal.startClock(order, at);
        journal.moved(order, logistics.displayName(), "FILED", null, null);
        orders.assign(logistics, order.getId(), logistics.id());
    }

    private void work(CurrentUser logistics, CurrentUser cleaner, long id, String content, String materials, String method) {
        orders.assign(logistics, id, cleaner.id());
        orders.respond(cleaner, id);
        orders.arrive(cleaner, id);
        var now = journal.now();
        var start = LocalDateTime.ofInstant(now, journal.zone()).minusMinutes(40).atZone(journal.zone()).toInstant();
        orders.complete(cleaner, id, new RecordContent(start, now, repository.findById(id).orElseThrow().getPlace(),
                cleaner.displayName() + "（保洁员）", "鹏城银行深圳分行", content, null, materials, method, null, true, null, null));
    }

    private CurrentUser user(String username) {
        return identity.user(username).orElseThrow();
    }

}
