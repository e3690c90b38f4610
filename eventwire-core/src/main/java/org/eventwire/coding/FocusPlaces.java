package org.eventwire.coding;

import org.eventwire.model.Mention;
import org.eventwire.model.Place;

import java.util.List;
import java.util.Map;

/**
 * Towns, regions and sites the article names count towards the country it is about: a story
 * set in Watford and Northamptonshire is a British story even when it names the United States
 * more often than Britain. Countries named as such are counted as actors already.
 */
final class FocusPlaces {
    private FocusPlaces() {
    }

    static void count(List<Place> places, int datelineEnd, Map<String, Integer> counts) {
        for (Place p : places) {
            if (p.country() == null || !p.country().matches("[A-Z]{3}") || "country".equals(p.feature())
                    || p.confidence() < 0.5) {
                continue;
            }
            int n = 0;
            for (Mention m : p.mentions()) {
                n += m.start() >= datelineEnd ? 1 : 0;
            }
            if (n > 0) {
                counts.merge(p.country(), n, Integer::sum);
            }
        }
    }
}
