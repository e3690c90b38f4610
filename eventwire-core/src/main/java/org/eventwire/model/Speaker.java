package org.eventwire.model;

/** Who a quote is attributed to: the entity's canonical name and the mention it hangs on. */
public record Speaker(String name, String entityId, Integer start, Integer end, String text) {
}
