package org.eventwire.model;

/** Where an event happened, with the reason the place was chosen. */
public record EventLocation(String name, String country, Double lat, Double lon, String reason) {
}
