package org.eventwire.store;

/** An aggregate over merged events: key is a day (ISO) or a country code. */
public record Count(String key, long events, long mentions) {
}
