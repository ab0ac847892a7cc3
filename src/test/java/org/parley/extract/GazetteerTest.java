package org.parley.extract;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.load();

    @Test
    void demonymNamesItsState() {
        assertEquals(Optional.of("MN"), G.demonym("Mongolian").map(Gazetteer.State::code));
    }

    @Test
    void demonymSharedWithADependentTerritoryNamesTheState() {
        assertEquals(Optional.of("NO"), G.demonym("Norwegian").map(Gazetteer.State::code));
    }

    @Test
    void officialNameAndCommonNameMeet() {
        assertEquals("UY", G.state("Oriental Republic of Uruguay").orElseThrow().code());
        assertEquals("UY", G.state("the Uruguay").orElseThrow().code());
    }

    @Test
    void abbreviationCountsOnlyInCapitals() {
        assertTrue(G.state("U.K.").isPresent());
        assertTrue(G.state("uk").isEmpty());
    }

    @Test
    void capitalKnowsItsState() {
        assertEquals("EE", G.capital("Tallinn").orElseThrow().stateCode());
        assertEquals("IS", G.capital("Reykjavík").orElseThrow().stateCode());
    }

    @Test
    void seatOfGovernmentStandsForItsState() {
        assertEquals(Optional.of("FR"), G.seat("Elysee Palace").map(Gazetteer.State::code));
    }

    @Test
    void ordinaryWordIsNoPlace() {
        assertTrue(G.state("talks").isEmpty());
        assertTrue(G.capital("talks").isEmpty());
    }
}
