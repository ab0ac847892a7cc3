package org.parley.domain;

/** The form a meeting takes, as far as the text tells. */
public enum MeetingKind {
    MEETING, SUMMIT, TALKS, VISIT, NEGOTIATION_ROUND, SIGNING
}
