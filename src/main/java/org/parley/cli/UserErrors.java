package org.parley.cli;

import org.parley.store.ParleyStore.StoreUnavailableException;
import picocli.CommandLine;

import java.io.UncheckedIOException;

/**
 * Turns the failures a user can act on into one line on stderr and exit code 1; anything else is a
 * bug and keeps its stack trace.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof UserException || e instanceof StoreUnavailableException || e instanceof UncheckedIOException) {
            cli.getErr().println("parley: " + e.getMessage());
            return FAILED;
        }
        throw e;
    }
}
