package org.eventwire.geo;

import java.util.List;

/** A first-level division (US state, Canadian province) with its GeoNames admin1 code. */
public record Admin1(String alpha2, String code, String name, List<String> otherNames,
                     double lat, double lon) {
}
