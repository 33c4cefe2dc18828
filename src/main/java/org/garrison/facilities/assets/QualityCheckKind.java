package org.garrison.facilities.assets;

/** Who checked the service: the team itself (自查), another team (互查) or a third party (第三方评估). */
public enum QualityCheckKind {

    SELF, PEER, THIRD_PARTY;

    public String messageKey() {
        return "facilities.assets.quality.kind." + name();
    }

}
