package org.garrison.facilities.kpis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.kpis.TaskCounts.Tasks;
import org.garrison.facilities.kpis.WorkOrderCounts.Counts;
import org.garrison.servicedesk.ServiceDeskManagement;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Component;

/**
 * The KPIs the facilities core measures from its own tables and the service desk's surveys and complaints — one
 * aggregate query per table. A site's service has values in the months it has tasks or work orders; the KPIs that
 * count what happened (事故, 用电安全) are 0 there, the rates of nothing are "no data".
 * <ul>
 * <li>服务及时率: work orders filed in the month responded by their response deadline ÷ those responded or past the
 * deadline (one without a deadline counts as in time once responded);</li>
 * <li>服务完成率 (cleaning) and 巡检频率 (electrical): tasks done ÷ tasks due on days that have ended, or done;</li>
 * <li>客户反馈处理率: work orders the client filed (source CLIENT_REQUEST) that are confirmed or closed ÷ those filed
 * in the month;</li>
 * <li>事故发生率: work orders of priority MAJOR filed in the month — the only safety incidents the module records;</li>
 * <li>用电安全率: 100 % in a month without a major electrical work order, else 0 %;</li>
 * <li>客户满意度: survey answers of 4–5 ÷ answers, per service;</li>
 * <li>投诉率: complaints filed at the site ÷ (tasks done + work orders done) of all its services in the month, for the
 * months the site has facility work.</li>
 * </ul>
 */
@Component
class CoreKpis implements KpiSource {

    private final WorkOrderCounts workOrders;

    private final TaskCounts tasks;

    private final ServiceDeskManagement serviceDesk;

    CoreKpis(WorkOrderCounts workOrders, TaskCounts tasks, ServiceDeskManagement serviceDesk) {
        this.workOrders = workOrders;
        this.tasks = tasks;
        this.serviceDesk = serviceDesk;
    }

    @Override
    public List<KpiValue> values(Collection<SiteId> sites, YearMonth from, YearMonth to) {
        var ids = sites.stream().map(SiteId::value).distinct().toList();
        Map<ServiceMonth, Counts> orders = workOrders.count(ids, from, to);
        Map<ServiceMonth, Tasks> scheduled = tasks.count(ids, from, to);
        var values = new ArrayList<KpiValue>();
        Set<ServiceMonth> active = new HashSet<>(orders.keySet());
        active.addAll(scheduled.keySet());
        Map<List<Object>, long[]> workDone = new HashMap<>();
        for (var key : active) {
            var site = new SiteId(key.site());
            var o = orders.getOrDefault(key, new Counts());
            var t = scheduled.getOrDefault(key, new Tasks(0, 0));
            if (o.filed > 0) {
                values.add(new KpiValue(Kpi.ON_TIME, site, key.service(), key.month(), o.onTime, o.due));
                values.add(new KpiValue(Kpi.FEEDBACK_HANDLING, site, key.service(), key.month(), o.handled, o.requests));
            }
            values.add(new KpiValue(Kpi.ACCIDENTS, site, key.service(), key.month(), o.major, 0));
            if (key.service() == ServiceKind.ELECTRICAL) {
                values.add(new KpiValue(Kpi.ELECTRICAL_SAFETY, site, key.service(), key.month(), o.major == 0 ? 1 : 0, 1));
            }
            if (scheduled.containsKey(key) && key.service() == ServiceKind.CLEANING) {
                values.add(new KpiValue(Kpi.COMPLETION, site, key.service(), key.month(), t.done(), t.counted()));
            }
            if (scheduled.containsKey(key) && key.service() == ServiceKind.ELECTRICAL) {
                values.add(new KpiValue(Kpi.INSPECTION_FREQUENCY, site, key.service(), key.month(), t.done(), t.counted()));
            }
            workDone.computeIfAbsent(List.of(key.site(), key.month()), k -> new long[1])[0] += o.done + t.done();
        }
        var counted = serviceDesk.satisfactionCounts(sites, from, to);
        for (var survey : counted.surveys()) {
            if (Kpi.SATISFACTION.appliesTo(survey.service())) {
                values.add(new KpiValue(Kpi.SATISFACTION, survey.site(), survey.service(), survey.month(), survey.satisfied(),
                        survey.answers()));
            }
        }
        Map<List<Object>, Long> complaints = new HashMap<>();
        counted.complaints().forEach(c -> complaints.put(List.of(c.site().value(), c.month()), c.complaints()));
        workDone.forEach((key, done) -> values.add(new KpiValue(Kpi.COMPLAINT_RATE, new SiteId((Long) key.get(0)), null,
                (YearMonth) key.get(1), complaints.getOrDefault(key, 0L), done[0])));
        return values;
    }

}
