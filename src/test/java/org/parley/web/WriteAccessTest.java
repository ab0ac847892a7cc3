package org.parley.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WriteAccessTest {
    private final WriteAccess access = new WriteAccess(Optional.of("s3cret"));

    @Test
    void writesAreOffWhenNoTokenIsConfigured() {
        WriteAccess off = new WriteAccess(Optional.empty());
        assertEquals(403, status(() -> off.require(Optional.of("Bearer s3cret"))));
        assertEquals(403, status(() -> off.require(Optional.empty())));
    }

    @Test
    void blankConfiguredTokenAlsoTurnsWritesOff() {
        assertEquals(403, status(() -> new WriteAccess(Optional.of("  ")).require(Optional.of("Bearer   "))));
    }

    @Test
    void requestWithoutBearerTokenIsUnauthorized() {
        assertEquals(401, status(() -> access.require(Optional.empty())));
        assertEquals(401, status(() -> access.require(Optional.of("Basic czNjcmV0"))));
    }

    @Test
    void wrongTokenIsForbidden() {
        assertEquals(403, status(() -> access.require(Optional.of("Bearer s3cre"))));
        assertEquals(403, status(() -> access.require(Optional.of("Bearer s3cret2"))));
    }

    @Test
    void rightTokenPassesWhateverTheSchemeCase() {
        assertDoesNotThrow(() -> access.require(Optional.of("Bearer s3cret")));
        assertDoesNotThrow(() -> access.require(Optional.of("bearer s3cret")));
    }

    private static int status(Runnable check) {
        return assertThrows(SparqlProblem.Failure.class, check::run).problem().status();
    }
}
