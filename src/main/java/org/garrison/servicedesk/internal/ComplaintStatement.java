package org.garrison.servicedesk.internal;

import static org.garrison.shared.Texts.blankToNull;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * What the client stated, as the register form writes it: where to reach the client, what happened and what the
 * client wants, the post and people named, and customer service's remarks. Kept as written, without surrounding
 * blanks.
 */
@Embeddable
public class ComplaintStatement {

    private @Nullable String clientAddress;

    private String phone;

    private String reason;

    private String demand;

    private @Nullable String remarks;

    private @Nullable String post;

    private @Nullable String peopleNamed;

    protected ComplaintStatement() {
    }

    ComplaintStatement(ComplaintDetails details) {
        this.clientAddress = blankToNull(details.clientAddress());
        this.phone = details.phone().strip();
        this.reason = details.reason().strip();
        this.demand = details.demand().strip();
        this.remarks = blankToNull(details.remarks());
        this.post = blankToNull(details.post());
        this.peopleNamed = blankToNull(details.peopleNamed());
    }

    public @Nullable String getClientAddress() {
        return clientAddress;
    }

    public String getPhone() {
        return phone;
    }

    public String getReason() {
        return reason;
    }

    public String getDemand() {
        return demand;
    }

    public @Nullable String getRemarks() {
        return remarks;
    }

    public @Nullable String getPost() {
        return post;
    }

    public @Nullable String getPeopleNamed() {
        return peopleNamed;
    }

}
