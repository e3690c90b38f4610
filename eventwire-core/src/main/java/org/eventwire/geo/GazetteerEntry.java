package org.eventwire.geo;

import java.util.List;

/**
 * One GeoNames populated place: id, name, alternate names kept in the index, point, feature
 * code (PPLC capital, PPLA admin seat, PPL ...), ISO alpha-2 country, admin1 code, population.
 */
public record GazetteerEntry(long geonameId, String name, List<String> alternates, double lat,
                             double lon, String featureCode, String alpha2, String admin1,
                             long population) {

    public boolean isCapital() {
        return "PPLC".equals(featureCode);
    }

    /** Seat of a first-level division (a state or province capital). */
    public boolean isAdminSeat() {
        return "PPLA".equals(featureCode);
    }
}
