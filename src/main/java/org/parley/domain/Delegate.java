package org.parley.domain;

/**
 * A person who takes part in talks on behalf of a party.
 *
 * @param person     key of the person
 * @param represents key of the state or organisation the person represents
 */
public record Delegate(String person, String represents) {
    public Delegate {
        Keys.check(person);
        Keys.check(represents);
    }
}
