package org.garrison.patrols;

/** Where an active checkpoint of a site is (WGS-84), for a site's geofence drawn round its checkpoints. */
public record CheckpointPosition(String name, double latitude, double longitude) {
}
