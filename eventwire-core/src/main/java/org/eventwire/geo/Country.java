package org.eventwire.geo;

import java.util.List;

/**
 * A country: ISO 3166-1 codes, English name, other names and short forms, demonyms and
 * adjectives, capital and a representative point (median of its GeoNames populated places).
 */
public record Country(String alpha3, String alpha2, String name, List<String> otherNames,
                      List<String> demonyms, String capital, Long capitalGeonameId,
                      Double lat, Double lon) {
}
