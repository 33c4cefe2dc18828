package org.garrison.facilities.assets;

/** Whether an electrical asset is in service, waiting for repair of a fault, or retired. */
public enum AssetStatus {

    IN_SERVICE, FAULTY, RETIRED;

    public String messageKey() {
        return "facilities.assets.electrical.status." + name();
    }

}
