package org.eventwire.model;

import java.util.List;

/**
 * A place the article names, resolved to a point and a country. feature is city, country,
 * region or site; approximate is true when the point is that of an enclosing place.
 */
public record Place(String name, String country, Double lat, Double lon, String feature,
                    Long geonameId, double confidence, String reason, boolean approximate,
                    List<Mention> mentions) {
}
