package org.eventwire.pipeline;

/** One step of the analysis; reads what earlier stages left in the context and adds its part. */
public interface Stage {
    void apply(ArticleContext ctx);

    /** A short name for timing figures. */
    default String name() {
        return getClass().getSimpleName();
    }
}
