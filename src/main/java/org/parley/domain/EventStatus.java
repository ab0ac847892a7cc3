package org.parley.domain;

import java.util.Locale;

/** Whether a reported meeting or call took place, is planned, or was called off. */
public enum EventStatus {
    OCCURRED, PLANNED, CANCELLED;

    /** The lower-case name used in IRIs and query results. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
