package org.eventwire.entity;

import org.eventwire.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups name mentions into entities: the same name; a surname or first name after the full
 * name; an acronym and the name it stands for; a shorter organisation name inside a longer
 * one ("State Department" in "US State Department").
 */
final class EntityClusterer {
    private EntityClusterer() {
    }

    static List<Cluster> cluster(List<RawMention> mentions, Map<String, String> acronyms) {
        List<Cluster> clusters = new ArrayList<>();
        // full names first, so that a lone surname before its full name still finds it
        List<RawMention> ordered = new ArrayList<>(mentions);
        ordered.sort((a, b) -> Integer.compare(tokens(b.text()).length, tokens(a.text()).length) != 0
                ? Integer.compare(tokens(b.text()).length, tokens(a.text()).length)
                : Integer.compare(a.start(), b.start()));
        for (RawMention r : ordered) {
            Cluster c = find(clusters, r, acronyms);
            if (c == null) {
                c = new Cluster(r.type());
                clusters.add(c);
            }
            c.add(new Mention(r.start(), r.end(), r.text(), r.kind()));
        }
        clusters.sort((a, b) -> Integer.compare(a.firstStart(), b.firstStart()));
        return clusters;
    }

    private static Cluster find(List<Cluster> clusters, RawMention r, Map<String, String> acronyms) {
        String text = squeeze(r.text());
        String[] tok = tokens(r.text());
        for (Cluster c : clusters) {
            if (!compatible(c.type, r.type())) {
                continue;
            }
            for (Mention m : c.mentions) {
                String other = squeeze(m.text());
                if (other.equals(text)) {
                    return c;
                }
                if (r.type().equals("PERSON") && tok.length == 1) {
                    String[] ot = tokens(m.text());
                    if (ot.length > 1 && (ot[ot.length - 1].equals(tok[0]) || ot[0].equals(tok[0]))) {
                        return c;
                    }
                }
                if (r.type().equals("ORGANIZATION")) {
                    if (stands(r.text(), m.text(), acronyms) || stands(m.text(), r.text(), acronyms)) {
                        return c;
                    }
                    if (tok.length >= 2 && (" " + m.text().toLowerCase(Locale.ROOT) + " ")
                            .contains(" " + r.text().toLowerCase(Locale.ROOT) + " ")) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static boolean compatible(String a, String b) {
        return a.equals(b);
    }

    /** True when acr is the acronym of full: defined in the text, or the initials of its words. */
    private static boolean stands(String acr, String full, Map<String, String> acronyms) {
        String a = acr.startsWith("@") ? acr.substring(1) : acr;
        if (a.length() < 2 || !a.equals(a.toUpperCase(Locale.ROOT)) || full.split("\\s+").length < 2) {
            return false;
        }
        String defined = acronyms.get(a);
        if (defined != null) {
            return defined.equalsIgnoreCase(full);
        }
        StringBuilder initials = new StringBuilder();
        for (String w : full.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(a);
    }

    private static String squeeze(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    private static String[] tokens(String s) {
        return s.replaceFirst("^@", "").split("[\\s]+");
    }
}
