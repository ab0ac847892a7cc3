package org.parley.extract;

import org.junit.jupiter.api.Test;
import org.parley.domain.GeoPoint;

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

    @Test
    void stateLinksToWikidataAndGeoNamesWithAPoint() {
        Gazetteer.Links links = G.stateByCode("MN").orElseThrow().links();
        assertEquals(Optional.of("Q711"), links.wikidata());
        assertEquals(Optional.of("2029969"), links.geonames());
        GeoPoint p = links.point().orElseThrow();
        assertTrue(p.latitude() > 41 && p.latitude() < 52 && p.longitude() > 87 && p.longitude() < 120, p.toString());
    }

    @Test
    void capitalHasItsGeoNamesCityAndPoint() {
        Gazetteer.Capital c = G.capital("Ulan Bator").orElseThrow();
        assertEquals(Optional.of("2028462"), c.links().geonames());
        assertEquals(47.9, c.links().point().orElseThrow().latitude(), 0.1);
    }

    @Test
    void cityIsFoundByItsEnglishNameAndCarriesItsState() {
        Gazetteer.Place munich = G.city("Munich").orElseThrow();
        assertEquals(Optional.of("DE"), munich.stateCode());
        assertEquals(11.6, munich.links().point().orElseThrow().longitude(), 0.1);
        assertTrue(munich.links().wikidata().isEmpty(), "GeoNames cities carry no Wikidata id");
    }

    @Test
    void regionHasItsIsoCodeAndWikidataItem() {
        Gazetteer.Place bavaria = G.region("Bavaria").orElseThrow();
        assertEquals(Optional.of("DE-BY"), bavaria.isoCode());
        assertEquals(Optional.of("Q980"), bavaria.links().wikidata());
        assertEquals(Optional.of("DE-BY"), G.region("Freistaat Bayern").flatMap(Gazetteer.Place::isoCode));
    }

    @Test
    void regionNameSharedByManyRegionsDenotesNone() {
        assertTrue(G.region("Central").isEmpty());
    }

    @Test
    void territoryOutsideIso3166HasWikidataAndAPointButNoHolder() {
        Gazetteer.Place t = G.territory("Madeira").orElseThrow();
        assertEquals(Optional.of("Q26253"), t.links().wikidata());
        assertTrue(t.stateCode().isEmpty());
        assertTrue(t.links().point().isPresent());
    }

    @Test
    void aPlaceNamedLikeItsRegionIsTheCity() {
        Gazetteer.Place salzburg = G.place("Salzburg").orElseThrow();
        assertTrue(salzburg.isoCode().isEmpty(), "the city, not the region AT-5");
        assertEquals(Optional.of("AT"), salzburg.stateCode());
        assertEquals(Optional.of("AT-5"), G.region("Salzburg").flatMap(Gazetteer.Place::isoCode));
    }

    @Test
    void ordinaryWordIsNoCityRegionOrTerritory() {
        assertTrue(G.place("talks").isEmpty());
        assertTrue(G.place("the").isEmpty());
    }

    @Test
    void transliterationApostrophesDoNotMatter() {
        assertEquals(Optional.of("UA-68"), G.region("Khmelnytska Oblast").flatMap(Gazetteer.Place::isoCode));
        assertEquals(Optional.of("UA-68"), G.region("Khmel’nyts’ka Oblast’").flatMap(Gazetteer.Place::isoCode));
    }
}
