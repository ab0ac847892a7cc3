package org.parley.resolve;

import org.junit.jupiter.api.Test;
import org.parley.domain.KnownEntity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityLinkerTest {
    private final EntityLinker linker = new EntityLinker(Overrides.none());

    private static KnownEntity person(String article, String... names) {
        return new KnownEntity("person/" + org.parley.domain.Keys.slug(names[0]), article, List.of(names), List.of(),
                Optional.empty());
    }

    private static KnownEntity affiliated(String article, String affiliation, String name) {
        return new KnownEntity("person/" + org.parley.domain.Keys.slug(name), article, List.of(name), List.of(),
                Optional.of(affiliation));
    }

    private static String id(EntityLinker.Links links, KnownEntity e) {
        return links.ids().get(EntityLinker.ref(e));
    }

    @Test
    void transliterationsMisspellingsAndTitlesAreOnePerson() {
        KnownEntity a = person("a1", "Yury Petrenko", "Petrenko");
        KnownEntity b = person("a2", "Yuri Petrenko");
        KnownEntity c = person("a3", "Oleksandr Kovalenskyy");
        KnownEntity d = person("a4", "Oleksandr Kovalensky", "President Oleksandr Kovalensky");
        KnownEntity e = person("a5", "Kovalesnky");
        KnownEntity f = person("a6", "Dr. Yury Petrenko");
        EntityLinker.Links links = linker.resolveAll(List.of(a, b, c, d, e, f));
        assertEquals(id(links, a), id(links, b));
        assertEquals(id(links, a), id(links, f));
        assertEquals(id(links, c), id(links, d));
        assertEquals(id(links, c), id(links, e));
        assertNotEquals(id(links, a), id(links, c));
    }

    @Test
    void aSurnameAloneInAnotherArticleJoinsTheOnlyPersonItFits() {
        KnownEntity full = person("a1", "Ingrid Solberg");
        KnownEntity surname = person("a2", "Solberg");
        EntityLinker.Links links = linker.link(List.of(surname), List.of(full));
        assertEquals("person/ingrid-solberg", id(links, surname));
    }

    @Test
    void twoPeopleWithOneSurnameStayApartAndAreFlaggedAsPossiblyTheSame() {
        KnownEntity maria = person("a1", "Maria Santos");
        KnownEntity jorge = person("a2", "Jorge Santos");
        KnownEntity santos = person("a3", "Santos");
        EntityLinker.Links links = linker.resolveAll(List.of(maria, jorge, santos));
        assertNotEquals(id(links, maria), id(links, jorge));
        assertNotEquals(id(links, santos), id(links, maria), "a bare surname that fits two people joins neither");
        assertNotEquals(id(links, santos), id(links, jorge));
        assertTrue(links.possible().contains(List.of("person/jorge-santos", "person/maria-santos")), links.possible().toString());
    }

    @Test
    void aSurnameOfTwoKnownPeopleIsNotLinkedOnIngestAndGetsItsOwnIri() {
        KnownEntity maria = person("a1", "Maria Santos", "Santos");
        KnownEntity jorge = person("a2", "Jorge Santos", "Santos");
        KnownEntity santos = new KnownEntity("person/maria-santos", "a3", List.of("Santos"), List.of(), Optional.empty());
        EntityLinker.Links links = linker.link(List.of(santos), List.of(maria, jorge));
        assertEquals("person/maria-santos", id(links, santos), "its own id is the tie-breaker");
        KnownEntity other = person("a4", "Santos");
        assertEquals("person/santos", id(linker.link(List.of(other), List.of(maria, jorge)), other));
    }

    @Test
    void conflictingAffiliationsKeepNamesakesApart() {
        KnownEntity north = affiliated("a1", "state/aland", "Lee Min");
        KnownEntity south = affiliated("a2", "state/borduria", "Lee Min");
        EntityLinker.Links links = linker.link(List.of(south), List.of(north));
        assertEquals("person/lee-min-2", id(links, south), "a taken id that names someone else is not reused");
    }

    @Test
    void twoEntitiesOfOneArticleAreNeverMerged() {
        KnownEntity a = person("a1", "Anna Lind");
        KnownEntity b = person("a1", "Anne Lind");
        EntityLinker.Links links = linker.resolveAll(List.of(a, b));
        assertNotEquals(id(links, a), id(links, b));
    }

    @Test
    void organisationsMatchByAcronymAndPlacesOnlyByName() {
        KnownEntity long1 = new KnownEntity("organization/northern-fisheries-council", "a1",
                List.of("Northern Fisheries Council"), List.of(), Optional.empty());
        KnownEntity short1 = new KnownEntity("organization/nfc", "a2", List.of("NFC"), List.of(), Optional.empty());
        KnownEntity austria = new KnownEntity("place/austral", "a1", List.of("Austral"), List.of(), Optional.empty());
        KnownEntity australia = new KnownEntity("place/australo", "a2", List.of("Australo"), List.of(), Optional.empty());
        EntityLinker.Links links = linker.resolveAll(List.of(long1, short1, austria, australia));
        assertEquals(id(links, long1), id(links, short1));
        assertNotEquals(id(links, austria), id(links, australia));
    }

    @Test
    void curatedOverridesWin() {
        EntityLinker curated = new EntityLinker(Overrides.parse(List.of(
                "same-as\tperson/jane-roe\tperson/the-minister   # a role taken for a name",
                "different-from\tperson/ingrid-solberg\tperson/solberg"), "test"));
        KnownEntity jane = person("a1", "Jane Roe");
        KnownEntity minister = new KnownEntity("person/the-minister", "a2", List.of("The Minister"), List.of(), Optional.empty());
        KnownEntity ingrid = person("a3", "Ingrid Solberg");
        KnownEntity solberg = person("a4", "Solberg");
        EntityLinker.Links links = curated.resolveAll(List.of(jane, minister, ingrid, solberg));
        assertEquals("person/jane-roe", id(links, minister));
        assertNotEquals(id(links, ingrid), id(links, solberg));
        assertEquals("person/jane-roe", id(curated.link(List.of(minister), List.of(jane)), minister));
    }

    @Test
    void wholeStoreResolutionDependsOnlyOnTheEntitiesNotTheirOrder() {
        List<KnownEntity> all = new ArrayList<>(List.of(person("a1", "Yury Petrenko"), person("a2", "Petrenko"),
                person("a3", "Yuri Petrenko"), person("a4", "Maria Santos"), person("a5", "Santos"),
                person("a6", "Jorge Santos"), person("a7", "Ingrid Solberg"), person("a8", "Solberg")));
        EntityLinker.Links first = linker.resolveAll(all);
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(all, new Random(seed));
            assertEquals(first, linker.resolveAll(all));
        }
        List<String> petrenko = all.stream().filter(e -> e.names().get(0).contains("Petrenko")).map(e -> id(first, e)).distinct().toList();
        assertEquals(1, petrenko.size(), petrenko.toString());
    }

    @Test
    void overridesFileRejectsBadLines() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Overrides.parse(List.of("same-as person/a"), "f.tsv"));
        assertTrue(e.getMessage().startsWith("f.tsv:1:"), e.getMessage());
    }
}
