package org.garrison.shared;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * The part of the company's data a user may see. Queries turn it into a {@code WHERE} clause; rows
 * outside it are never loaded.
 *
 * @param level how far the scope reaches
 * @param refId the branch, site or client id the level refers to; for {@link ScopeLevel#OWN} the
 *     optional site the user works at; {@code null} for {@link ScopeLevel#COMPANY}
 * @param userId the user the scope belongs to (for own-records filtering)
 */
public record DataScope(ScopeLevel level, @Nullable Long refId, long userId) implements Serializable {

    public DataScope {
        if (level.needsReference() && refId == null) {
            throw new IllegalArgumentException("scope " + level + " needs a reference id");
        }
        if (level == ScopeLevel.COMPANY) {
            refId = null;
        }
    }

    public static DataScope company(long userId) {
        return new DataScope(ScopeLevel.COMPANY, null, userId);
    }

    public boolean isCompanyWide() {
        return level == ScopeLevel.COMPANY;
    }

}
