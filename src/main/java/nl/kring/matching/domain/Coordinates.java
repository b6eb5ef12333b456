package nl.kring.matching.domain;

/**
 * A point on the earth in decimal degrees (WGS 84): latitude −90 to 90, longitude −180 to 180. The
 * distance between two points is the great-circle distance on the mean earth radius, close enough for
 * "how far apart do they live" (within a few metres per kilometre).
 */
public record Coordinates(double latitude, double longitude) {

    /** The mean earth radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public Coordinates {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }

    /** The great-circle distance to the other point in kilometres (haversine formula). */
    public double kmTo(Coordinates other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
