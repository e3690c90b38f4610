package org.eventwire.pipeline;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Time spent in each stage, summed over threads; the benchmark prints it. */
public final class StageTimes {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    public void add(String stage, long ns) {
        nanos.computeIfAbsent(stage, k -> new LongAdder()).add(ns);
    }

    /** Stage name to milliseconds, sorted by name. */
    public Map<String, Long> millis() {
        Map<String, Long> out = new TreeMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum() / 1_000_000));
        return out;
    }
}
