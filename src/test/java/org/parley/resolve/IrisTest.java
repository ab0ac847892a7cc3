package org.parley.resolve;

import org.junit.jupiter.api.Test;
import org.parley.domain.EntityKind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrisTest {
    private final Iris iris = new Iris("http://example.org/kg/");

    @Test
    void entityIrisAreBasePlusKindPlusSlug() {
        assertEquals("http://example.org/kg/id/person/ana-lopez", iris.entity(EntityKind.PERSON, "ana-lopez"));
        assertEquals("http://example.org/kg/id/state/freedonia", iris.entity(EntityKind.STATE, "freedonia"));
        assertEquals("http://example.org/kg/id/place/port-town", iris.entity(EntityKind.CITY, "port-town"));
        assertEquals("http://example.org/kg/id/organization/un", iris.entity(EntityKind.ARMED_GROUP, "un"));
    }

    @Test
    void articleGraphNameIsDeterministicPerIdentity() {
        String a = Iris.articleSlug("file:///tmp/one.txt");
        assertEquals(a, Iris.articleSlug("file:///tmp/one.txt"));
        assertNotEquals(a, Iris.articleSlug("file:///tmp/two.txt"));
        assertTrue(a.matches("[0-9a-f]{16}"));
        assertEquals("http://example.org/kg/graph/article/" + a, iris.articleGraph(a));
        assertEquals("http://example.org/kg/id/article/" + a, iris.article(a));
    }

    @Test
    void factIrisJoinArticleAndKey() {
        assertEquals("http://example.org/kg/id/meeting/0123456789abcdef-m1", iris.fact("meeting", "0123456789abcdef", "m1"));
    }

    @Test
    void textThatIsNotASlugNeverReachesAnIri() {
        assertThrows(IllegalArgumentException.class, () -> iris.entity(EntityKind.PERSON, "a> <b"));
        assertThrows(IllegalArgumentException.class, () -> iris.fact("meeting", "x", "../etc"));
        assertThrows(IllegalArgumentException.class, () -> iris.entity(EntityKind.PERSON, "Upper"));
    }

    @Test
    void baseMustBeAnHttpIriEndingInSlash() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("http://example.org/kg"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("file:///tmp/"));
        assertThrows(IllegalArgumentException.class, () -> new Iris("http://exa mple.org/"));
    }
}
