package org.parley.store.remote;

/** A remote store refused or failed a request; the message names the endpoint and the cause. */
public class RemoteStoreException extends RuntimeException {
    public RemoteStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
