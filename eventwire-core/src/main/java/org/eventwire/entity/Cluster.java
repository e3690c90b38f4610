package org.eventwire.entity;

import org.eventwire.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An entity while it is being built: its type and mentions; the name is derived. */
final class Cluster {
    final String type;
    final List<Mention> mentions = new ArrayList<>();
    String title;

    Cluster(String type) {
        this.type = type;
    }

    void add(Mention m) {
        for (Mention x : mentions) {
            if (x.start() == m.start() && x.end() == m.end()) {
                return;
            }
        }
        mentions.add(m);
        mentions.sort(Comparator.comparingInt(Mention::start));
    }

    int firstStart() {
        return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.get(0).start();
    }

    /** The longest name it is called by; ties go to the earliest. */
    String name() {
        Mention best = null;
        for (Mention m : mentions) {
            if (!m.kind().equals("NAME")) {
                continue;
            }
            if (best == null || words(m.text()) > words(best.text())
                    || words(m.text()) == words(best.text()) && m.text().length() > best.text().length()) {
                best = m;
            }
        }
        return best != null ? best.text() : mentions.get(0).text();
    }

    private static int words(String s) {
        return s.startsWith("@") ? 0 : s.split("\\s+").length;
    }
}
