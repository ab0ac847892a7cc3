package org.parley.ingest;

/** The version of Parley that is running, from the jar's manifest. */
final class Version {
    private Version() {}

    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
