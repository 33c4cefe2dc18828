package org.garrison.contracts.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.internal.Contract.Inquiry;
import org.garrison.contracts.internal.Contract.SignedTerms;
import org.garrison.contracts.internal.ServiceLine.Terms;

/** Contracts, proposal lines, versions, start-up tasks and client-relation records as the tests of this module use them. */
public final class ContractSamples {

    public static final LocalDate START = LocalDate.of(2027, 1, 1);

    public static final LocalDate END = LocalDate.of(2027, 12, 31);

    private ContractSamples() {
    }

    public static Terms gate(String fee) {
        return new Terms(ServiceKind.GUARDING, "S901", "鹏城银行罗湖支行", "大门岗", 2, 3, 172, "退伍军人优先", null, 12,
                null, null, null, null, new BigDecimal(fee));
    }

    public static Terms cleaning(String fee) {
        return new Terms(ServiceKind.CLEANING, "S901", "鹏城银行罗湖支行", null, null, null, null, null, "每日", null, null,
                null, null, null, new BigDecimal(fee));
    }

    public static Terms electrical(String fee) {
        return new Terms(ServiceKind.ELECTRICAL, "S901", "鹏城银行罗湖支行", null, null, null, null, null, "每日巡检、每周深度检查",
                null, null, null, null, null, new BigDecimal(fee));
    }

    public static Inquiry inquiry() {
        return new Inquiry("罗湖支行安保及后勤服务", "大门岗 24 小时值守，保洁、电气巡检", "鹏城银行罗湖支行", START, END);
    }

    public static Contract negotiating() {
        var contract = new Contract("HT-20261121-001", 7, inquiry(), null);
        contract.proposed();
        return contract;
    }

    public static Contract active(LocalDate starts, LocalDate ends) {
        var contract = negotiating();
        contract.sign(new SignedTerms(starts, ends, new BigDecimal("480000"), "甲方按月付款；乙方按方案派驻保安"), 1,
                Instant.parse("2026-11-21T08:00:00Z"));
        return contract;
    }

    public static ProposalVersion version(int number, Terms... lines) {
        return new ProposalVersion(1, number, "v" + number, List.of(lines).stream().map(ServiceLine::new).toList(),
                Instant.parse("2026-11-21T08:00:00Z"), "ops");
    }

    public static StartUpTask staffingTask(long contractId, LocalDate due) {
        return new StartUpTask(contractId, Department.SECURITY_OPS, 4, "大门岗 2 人/班 × 3 班", due);
    }

    public static Commitment commitment(long clientId, String what, LocalDate due) {
        return new Commitment(clientId, Commitment.Source.VISIT, 1, what, "人防部 陈刚", due);
    }

    public static ReturnVisit returnVisit(long clientId, LocalDate on) {
        return new ReturnVisit(clientId, ReturnVisit.Method.PHONE, on, null);
    }

    public static Visit visit(long clientId, String purpose, LocalDate on) {
        return new Visit(clientId, purpose, "物业经理 李娜", on, "客服 陈静");
    }

    public static Meeting meeting(long clientId, LocalDate on) {
        return new Meeting(clientId, on, "年终服务沟通会", "李娜, 赵强", "双方确认明年岗位调整方案。");
    }

}
