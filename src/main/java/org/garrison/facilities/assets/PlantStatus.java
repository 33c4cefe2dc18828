package org.garrison.facilities.assets;

/** Where a plant of the inventory stands: alive (healthy or with pests or disease, 病虫害), dead, or taken away. */
public enum PlantStatus {

    HEALTHY, DISEASED, DEAD, REMOVED;

    public String messageKey() {
        return "facilities.assets.plant.status." + name();
    }

    /** Whether the plant is still in the inventory (under care or dead and not yet replaced). */
    boolean counted() {
        return this != REMOVED;
    }

}
