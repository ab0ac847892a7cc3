package org.parley.cli;

/** A failure whose message tells the user what to do; printed as one line, exit code 1. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
