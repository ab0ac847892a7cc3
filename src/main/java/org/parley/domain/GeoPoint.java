package org.parley.domain;

/**
 * A point on the earth in WGS 84 degrees, as a gazetteer gives it for a state, city, region or territory.
 *
 * @param latitude  degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a point: " + latitude + " " + longitude);
        }
    }
}
