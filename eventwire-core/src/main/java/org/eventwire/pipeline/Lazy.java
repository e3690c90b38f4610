package org.eventwire.pipeline;

import java.util.function.Supplier;

/**
 * A read-only value built on first use, once per JVM, safely across threads: how eventwire
 * holds its models and tables (one copy per Spark executor, nothing loaded that is not used).
 */
public final class Lazy<T> {
    private final Supplier<T> make;
    private volatile T value;

    public Lazy(Supplier<T> make) {
        this.make = make;
    }

    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
