package org.eventwire.store;

/**
 * What {@link EventStore#add} did with an article. NEW and NEAR_DUPLICATE were stored (a near
 * duplicate is linked to the article it copies); DUPLICATE was already stored (same content
 * hash or same URL) and nothing was written; REJECTED was not stored, message says why.
 */
public record AddResult(Status status, Long articleId, Long duplicateOf, Double similarity,
                        int eventMentions, int newEvents, String message) {
    public enum Status { NEW, NEAR_DUPLICATE, DUPLICATE, REJECTED }

    /** True when this call wrote the article. */
    public boolean stored() {
        return status == Status.NEW || status == Status.NEAR_DUPLICATE;
    }

    static AddResult duplicate(long existing, String why) {
        return new AddResult(Status.DUPLICATE, existing, null, null, 0, 0, why);
    }

    static AddResult rejected(String why) {
        return new AddResult(Status.REJECTED, null, null, null, 0, 0, why);
    }
}
