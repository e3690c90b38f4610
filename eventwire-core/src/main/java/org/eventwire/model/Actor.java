package org.eventwire.model;

/**
 * A CAMEO actor code ("USAGOV", "NERMIL", "IGOUNO") with the country it belongs to (ISO
 * alpha-3, null for IGOs) and the words of the text that set it.
 */
public record Actor(String code, String country, String reason) {
}
