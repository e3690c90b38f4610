package org.eventwire.store;

/** Great-circle distance; the SQL queries use the same formula. */
public final class Geo {
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Geo() {
    }

    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** The same distance as a DuckDB expression over the given column names and parameters. */
    static String haversineSql(String lat1, String lon1, String lat2, String lon2) {
        return "2 * " + EARTH_RADIUS_KM + " * asin(least(1.0, sqrt(pow(sin(radians(" + lat2 + " - "
                + lat1 + ") / 2), 2) + cos(radians(" + lat1 + ")) * cos(radians(" + lat2
                + ")) * pow(sin(radians(" + lon2 + " - " + lon1 + ") / 2), 2))))";
    }
}
