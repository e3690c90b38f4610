package org.eventwire.geo;

import java.util.List;

/**
 * A second-level division (US county or parish) with its GeoNames admin1 and admin2 codes, its
 * full name ("Rapides Parish"), bare names ("Rapides"), representative point and the population
 * of the gazetteer's places inside it.
 */
public record Admin2(String alpha2, String admin1, String code, String name, List<String> otherNames,
                     double lat, double lon, long population) {

    static Admin2 of(String[] f) {
        return new Admin2(f[0], f[1], f[2], f[3], TsvResource.list(f, 4), Double.parseDouble(f[5]),
                Double.parseDouble(f[6]), f.length > 7 && !f[7].isBlank() ? Long.parseLong(f[7]) : 0);
    }
}
