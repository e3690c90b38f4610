package org.eventwire.geo;

/**
 * One thing a name may refer to. kind is country, admin1, admin2 (county), city, region or site; country is
 * ISO alpha-3 (null for regions across countries); admin1 is the GeoNames admin1 code.
 * alternate is true when only an alternate name matched.
 */
public record PlaceCandidate(String kind, String name, String country, String admin1, double lat,
                             double lon, Long geonameId, long population, String featureCode,
                             boolean alternate) {

    /** Identity of the place, to merge mentions: geonameid, or kind and name. */
    public String id() {
        if (geonameId != null) {
            return "g" + geonameId;
        }
        return kind.equals("admin2") ? kind + ":" + country + ":" + admin1 + ":" + name : kind + ":" + country + ":" + name;
    }

    public String feature() {
        return switch (kind) {
            case "country" -> "country";
            case "city" -> "city";
            case "site" -> "site";
            default -> "region";
        };
    }
}
