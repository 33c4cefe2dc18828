package org.garrison.contracts.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.internal.Contract.Inquiry;
import org.garrison.contracts.internal.Contract.SignedTerms;
import org.garrison.contracts.internal.ServiceLine.Terms;
import org.garrison.contracts.internal.Signing.SignRequest;
import org.garrison.documents.Upload;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.StartupData;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: the bank's active contract (guarding plus the four facility services), the science
 * park's contract ending within 30 days, the exhibition centre's inquiry in negotiation with two
 * proposal versions, and the client relations of {@link DemoRelations}; made through the module's own
 * services.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoContracts implements StartupData {

    private static final DataScope SYSTEM = DataScope.company(0);

    private final ContractLifecycle lifecycle;

    private final Signing signing;

    private final DemoRelations relations;

    private final ContractRepository contracts;

    private final OrganisationManagement organisation;

    private final Clock clock;

    DemoContracts(ContractLifecycle lifecycle, Signing signing, DemoRelations relations, ContractRepository contracts,
            OrganisationManagement organisation, Clock clock) {
        this.lifecycle = lifecycle;
        this.signing = signing;
        this.relations = relations;
        this.contracts = contracts;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "contracts.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo", "documents.demo");
    }

    @Override
    @Transactional
    public void load() {
        var bank = organisation.clientByName("鹏城银行深圳分行");
        var park = organisation.clientByName("南山科技园物业管理有限公司");
        var expo = organisation.clientByName("前海会展中心");
        if (contracts.count() > 0 || bank.isEmpty() || park.isEmpty() || expo.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long b1 = organisation.branchByCode("B1").orElseThrow().value();
        long b2 = organisation.branchByCode("B2").orElseThrow().value();
        bank(bank.get().value(), b1, today);
        park(park.get().value(), b2, today);
        expo(expo.get().value());
        relations.create(bank.get().value(), park.get().value(), today);
    }

    private void bank(long client, long branch, LocalDate today) {
        var contract = lifecycle.recordInquiry(SYSTEM, client, new Inquiry("福田、南山支行安保及后勤综合服务",
                "两家支行 24 小时安保（大门、大堂、巡逻、监控），福田支行卫生保洁、绿植养护、虫控消杀和日常用电巡检及维护",
                "鹏城银行福田支行、鹏城银行南山支行", today.minusMonths(4).withDayOfMonth(1), today.plusMonths(20)));
        var lines = new ArrayList<Terms>();
        lines.add(guard("S101", "鹏城银行福田支行", "大门岗", 1, 3, 172, "退伍军人优先，持保安员证", 12, "13500"));
        lines.add(guard("S101", "鹏城银行福田支行", "大堂岗", 1, 2, 170, "形象端正，普通话流利", null, "9000"));
        lines.add(guard("S101", "鹏城银行福田支行", "巡逻岗", 1, 3, 170, null, 12, "13500"));
        lines.add(guard("S101", "鹏城银行福田支行", "监控室", 1, 3, null, "熟悉监控系统操作", null, "14400"));
        lines.add(guard("S102", "鹏城银行南山支行", "大门岗", 1, 3, 172, "退伍军人优先，持保安员证", 8, "13500"));
        lines.add(guard("S102", "鹏城银行南山支行", "大堂岗", 1, 2, 170, null, null, "9000"));
        lines.add(service(ServiceKind.CLEANING, "S101", "鹏城银行福田支行", "每日保洁，每月深度清洁", "6800"));
        lines.add(service(ServiceKind.PLANT_CARE, "S101", "鹏城银行福田支行", "每周养护两次", "1800"));
        lines.add(service(ServiceKind.PEST_CONTROL, "S101", "鹏城银行福田支行", "每月消杀一次", "1200"));
        lines.add(service(ServiceKind.ELECTRICAL, "S101", "鹏城银行福田支行", "每日巡检，每周深度检查", "3500"));
        lifecycle.propose(SYSTEM, contract.getId(), "按银行安保规范拟定", lines);
        signing.sign(SYSTEM, contract.getId(), new SignRequest(1, new SignedTerms(today.minusMonths(4).withDayOfMonth(1),
                today.plusMonths(20), new BigDecimal("2061600.00"),
                "甲方：按月支付服务费，提供值班室及必要工作条件，如实告知安全隐患。\n乙方：按方案派驻持证保安，提供保洁、绿植、消杀及电气维护服务，达到约定的响应时限和满意度指标。"),
                branch, file("鹏城银行综合服务合同.pdf")));
    }

    private void park(long client, long branch, LocalDate today) {
        var contract = lifecycle.recordInquiry(SYSTEM, client, new Inquiry("科技园 A、B 座安保及保洁服务",
                "A、B 座大门岗和巡逻岗，A 座日常保洁", "科技园 A 座、科技园 B 座", null, null));
        lifecycle.propose(SYSTEM, contract.getId(), "园区安保方案", List.of(
                guard("S201", "科技园 A 座", "大门岗", 2, 3, 170, null, 8, "27000"),
                guard("S201", "科技园 A 座", "巡逻岗", 1, 3, 170, null, 12, "13500"),
                guard("S202", "科技园 B 座", "大门岗", 1, 3, 170, null, 8, "13500"),
                service(ServiceKind.CLEANING, "S201", "科技园 A 座", "每日保洁", "9800")));
        signing.sign(SYSTEM, contract.getId(), new SignRequest(1, new SignedTerms(today.minusYears(1).plusDays(20),
                today.plusDays(20), new BigDecimal("765600.00"),
                "甲方：按季度支付服务费。\n乙方：按方案派驻保安并提供保洁服务，每月提交服务报告。"), branch,
                file("科技园安保服务合同.pdf")));
    }

    private void expo(long client) {
        var contract = lifecycle.recordInquiry(SYSTEM, client, new Inquiry("展会期间临时安保",
                "展会期间 1 号馆大门、展厅巡逻及监控室值守，展后保洁", "前海会展中心 1 号馆", null, null));
        lifecycle.propose(SYSTEM, contract.getId(), "初稿：展期安保及保洁", List.of(
                guard("S301", "前海会展中心 1 号馆", "大门岗", 3, 2, 175, "身高 1.75 米以上，形象好", null, "36000"),
                guard("S301", "前海会展中心 1 号馆", "展厅巡逻岗", 2, 2, 170, null, 16, "24000"),
                service(ServiceKind.CLEANING, "S301", "前海会展中心 1 号馆", "展期每日保洁", "12000")));
        lifecycle.propose(SYSTEM, contract.getId(), "客户要求增加监控室值守，大门岗每班减为 2 人", List.of(
                guard("S301", "前海会展中心 1 号馆", "大门岗", 2, 2, 175, "身高 1.75 米以上，形象好", null, "24000"),
                guard("S301", "前海会展中心 1 号馆", "展厅巡逻岗", 2, 2, 170, null, 16, "24000"),
                guard("S301", "前海会展中心 1 号馆", "监控室", 1, 2, null, "熟悉监控系统操作", null, "12000"),
                service(ServiceKind.CLEANING, "S301", "前海会展中心 1 号馆", "展期每日保洁", "12000")));
    }

    private static Terms guard(String site, String siteName, String post, int perShift, int shifts,
            @Nullable Integer height, @Nullable String requirements, @Nullable Integer patrols, String fee) {
        return new Terms(ServiceKind.GUARDING, site, siteName, post, perShift, shifts, height, requirements, null, patrols,
                null, null, null, null, new BigDecimal(fee));
    }

    private static Terms service(ServiceKind kind, String site, String siteName, String frequency, String fee) {
        return new Terms(kind, site, siteName, null, null, null, null, null, frequency, null, null, null, null, null,
                new BigDecimal(fee));
    }

    private static Upload file(String name) {
        return new Upload(name, "application/pdf", ("%PDF-1.4\n% " + name + "\n").getBytes(StandardCharsets.UTF_8));
    }

}
