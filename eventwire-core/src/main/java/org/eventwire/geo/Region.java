package org.eventwire.geo;

import java.util.List;

/**
 * A named region that is not a country ("West Africa", "the Sahel") with a rough point;
 * country is the ISO alpha-3 code when the region lies inside one country, else null.
 */
public record Region(String name, List<String> otherNames, double lat, double lon, String country) {
}
