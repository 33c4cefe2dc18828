package org.garrison.people.internal;

import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The certificate kinds a post requires of whoever is hired for it or put on duty there (seed 002: 会操作电脑
 * on some posts, 司机 on the client's request). A post without a row requires none beyond the guard licence.
 */
@Entity
@Table(name = "ppl_post_requirement")
public class PostRequirement {

    @Id
    private Long postId;

    @Convert(converter = CertificateKindsColumn.class)
    private Set<CertificateKind> certificateKinds = Set.of();

    @Version
    private long version;

    protected PostRequirement() {
    }

    PostRequirement(long postId) {
        this.postId = postId;
    }

    void require(Set<CertificateKind> kinds) {
        this.certificateKinds = Set.copyOf(kinds);
    }

    public Long getPostId() {
        return postId;
    }

    public Set<CertificateKind> getCertificateKinds() {
        return certificateKinds;
    }

}
