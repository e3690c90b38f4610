package org.eventwire.store;

import java.time.LocalDate;

/**
 * Filters over merged events; null means "any". actor is a prefix of the source or target
 * actor code ("NGA" finds "NGAMIL"); country is the ISO alpha-3 code of where it happened;
 * root a 2-digit CAMEO root; cameo a CAMEO code prefix; plover a PLOVER type; from and to
 * bound the event date inclusively; lat, lon and radiusKm a circle; entity a name of a
 * participant (the timeline of a story). Results come ordered by date, then event id.
 */
public record EventQuery(String actor, String country, String root, String cameo, String plover,
                         LocalDate from, LocalDate to, Double lat, Double lon, Double radiusKm,
                         String entity, Integer limit) {

    public static final double DEFAULT_RADIUS_KM = 50.0;

    public static Builder builder() {
        return new Builder();
    }

    public static EventQuery all() {
        return builder().build();
    }

    /** Fills optional filters one at a time. */
    public static final class Builder {
        private String actor;
        private String country;
        private String root;
        private String cameo;
        private String plover;
        private LocalDate from;
        private LocalDate to;
        private Double lat;
        private Double lon;
        private Double radiusKm;
        private String entity;
        private Integer limit;

        public Builder actor(String v) {
            actor = v;
            return this;
        }

        public Builder country(String v) {
            country = v;
            return this;
        }

        public Builder root(String v) {
            root = v;
            return this;
        }

        public Builder cameo(String v) {
            cameo = v;
            return this;
        }

        public Builder plover(String v) {
            plover = v;
            return this;
        }

        public Builder from(LocalDate v) {
            from = v;
            return this;
        }

        public Builder to(LocalDate v) {
            to = v;
            return this;
        }

        /** Events within radiusKm (default 50) of the point. */
        public Builder near(double latitude, double longitude, Double km) {
            lat = latitude;
            lon = longitude;
            radiusKm = km;
            return this;
        }

        public Builder entity(String v) {
            entity = v;
            return this;
        }

        public Builder limit(Integer v) {
            limit = v;
            return this;
        }

        public EventQuery build() {
            Double radius = lat == null ? null : (radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm);
            return new EventQuery(actor, country, root, cameo, plover, from, to, lat, lon, radius,
                    entity, limit);
        }
    }
}
