package org.parley.domain;

/** What kind of real-world thing an entity is; agents first, then places. */
public enum EntityKind {
    PERSON, ORGANIZATION, STATE, ARMED_GROUP, CITY, REGION, TERRITORY, VENUE, PLACE;

    public boolean isPlace() {
        return ordinal() >= CITY.ordinal();
    }
}
