package org.garrison.organisation.internal;

/** What a post (岗位) is for. */
public enum PostKind {
    GATE, LOBBY, PATROL, CONTROL_ROOM, VEHICLE, OTHER
}
