package org.garrison.people.internal;

/** Where an applicant heard of the job (招聘渠道); seed 000 §四.2 has the company publish through several. */
public enum RecruitmentChannel {

    ONLINE, JOB_FAIR, REFERRAL, VETERANS, LABOUR_DISPATCH, OTHER;

    public String messageKey() {
        return "people.channel." + name();
    }

}
