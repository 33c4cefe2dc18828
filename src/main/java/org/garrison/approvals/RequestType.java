package org.garrison.approvals;

import java.util.Arrays;
import java.util.Optional;

import org.garrison.shared.Permission;
import org.jspecify.annotations.Nullable;

/**
 * The request types the company starts with: each has a chain shipped by migration (editable by administrators)
 * and its own permission to submit it. A type an administrator adds later is submitted with
 * {@link ApprovalPermissions#APPROVALS_SUBMIT_OTHER}. Modules submit by {@link #code()}.
 */
public enum RequestType {

    /** 客诉赔偿: a compensation drafted on a complaint (servicedesk). */
    COMPLAINT_COMPENSATION(ApprovalPermissions.APPROVALS_SUBMIT_COMPENSATION, null),

    /** 费用报销: an expense claim (综合部审核 → 财务部 → 董事长批准 → 财务部发放). */
    EXPENSE_CLAIM(ApprovalPermissions.APPROVALS_SUBMIT_EXPENSE, "CHAIRMAN"),

    /** 物资领用: a requisition of materials or equipment, collected at logistics once approved. */
    REQUISITION(ApprovalPermissions.APPROVALS_SUBMIT_REQUISITION, null),

    /** 奖惩: a proposed reward or penalty of a guard or team leader. */
    REWARD_PENALTY(ApprovalPermissions.APPROVALS_SUBMIT_REWARD_PENALTY, null),

    /** 申诉: an employee's appeal against an appraisal result, a reward or a penalty. */
    APPEAL(ApprovalPermissions.APPROVALS_SUBMIT_APPEAL, null);

    private final Permission submitPermission;

    private final @Nullable String approvesEvery;

    RequestType(Permission submitPermission, @Nullable String approvesEvery) {
        this.submitPermission = submitPermission;
        this.approvesEvery = approvesEvery;
    }

    /**
     * The role that, by the rulebook, approves every request of the type whatever its amount (the chairman every
     * expense claim, 001 L25-29), or {@code null}. A chain that lets such a role approve only above an amount is a
     * deviation the chain screen labels as such.
     */
    public @Nullable String approvesEvery() {
        return approvesEvery;
    }

    /** The built-in type with this key, if it is one. */
    public static Optional<RequestType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }

    /** The type's key, as chains and requests store it. */
    public String code() {
        return name();
    }

    /** The permission needed to submit a request of this type. */
    public Permission submitPermission() {
        return submitPermission;
    }

    /** The permission needed to submit a request of the type with this key (a later type: the general one). */
    public static Permission submitPermissionOf(String code) {
        return of(code).map(RequestType::submitPermission).orElse(ApprovalPermissions.APPROVALS_SUBMIT_OTHER);
    }

}
