package org.garrison.organisation.web;

import java.util.List;

import org.garrison.organisation.internal.Branch;
import org.garrison.organisation.internal.Client;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Company;
import org.garrison.organisation.internal.OrgDirectory.SiteRow;
import org.garrison.organisation.internal.OrgDirectory.SiteWithPosts;
import org.garrison.organisation.internal.Post;
import org.garrison.organisation.internal.PostKind;
import org.garrison.organisation.internal.Site;
import org.jspecify.annotations.Nullable;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Organisation records as the mocked services of the web slices return them, carrying the ids the
 * database would have given them.
 */
final class OrgSamples {

    static final long BRANCH_ID = 7;

    static final long SITE_ID = 11;

    static final long POST_ID = 21;

    static final long CLIENT_ID = 5;

    static final long UNKNOWN_ID = 99;

    private OrgSamples() {
    }

    static Company company() {
        return withId(new Company("鹏城保安服务有限公司", "Pengcheng Security Services"), 1);
    }

    static Branch branch() {
        return withId(new Branch(1, "B7", "第七大队"), BRANCH_ID);
    }

    static Site site() {
        return withId(new Site(BRANCH_ID, CLIENT_ID, "S701", "滨海银行总部", "深圳市福田区深南大道 1 号"), SITE_ID);
    }

    static SiteRow siteRow() {
        return new SiteRow(SITE_ID, "S701", "滨海银行总部", "深圳市福田区深南大道 1 号", true, BRANCH_ID, "第七大队", CLIENT_ID,
                "滨海银行");
    }

    static Post post() {
        return withId(new Post(SITE_ID, "东门岗", PostKind.GATE), POST_ID);
    }

    static SiteWithPosts siteWithPosts() {
        return new SiteWithPosts(siteRow(), List.of(post()));
    }

    static Client client() {
        return withId(new Client("滨海银行", "金融", "深圳市福田区", "0755-8888 1234", ClientStatus.ACTIVE, "总部与两个网点"),
                CLIENT_ID);
    }

    static Client client(long id, String name, @Nullable String phone, ClientStatus status) {
        return withId(new Client(name, null, null, phone, status, null), id);
    }

    static <T> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, "id", id);
        return entity;
    }

}
