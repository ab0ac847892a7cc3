package org.parley.domain;

/** How a territory is contested, as the text puts it. */
public enum DisputeKind {
    ANNEXED, OCCUPIED, CLAIMED, CONTESTED
}
