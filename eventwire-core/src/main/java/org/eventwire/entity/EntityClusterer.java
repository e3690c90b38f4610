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
        mentions = TypeVote.apply(mentions);
        List<Cluster> clusters = new ArrayList<>();
        // full names first, so that a lone surname before its full name still finds it
        List<RawMention> ordered = new ArrayList<>(mentions);
        ordered.sort((a, b) -> Integer.compare(tokens(b.text()).length, tokens(a.text()).length) != 0
                ? Integer.compare(tokens(b.text()).length, tokens(a.text()).length)
                : Integer.compare(a.start(), b.start()));
        Map<String, String> folds = new java.util.HashMap<>();
        for (RawMention r : ordered) {
            Cluster c = find(clusters, r, acronyms, folds);
            if (c == null) {
                c = new Cluster(r.type());
                clusters.add(c);
            }
            c.add(new Mention(r.start(), r.end(), r.text(), r.kind()));
        }
        clusters.sort((a, b) -> Integer.compare(a.firstStart(), b.firstStart()));
        return clusters;
    }

    private static Cluster find(List<Cluster> clusters, RawMention r, Map<String, String> acronyms,
                                Map<String, String> folds) {
        for (Cluster c : clusters) {
            if (c.type.equals(r.type()) && matches(c, r, r.type(), acronyms, folds)) {
                return c;
            }
        }
        // the 3-class model calls one name a person here and an organisation there ("Mahan", "Trump")
        if (tokens(r.text()).length == 1 && (r.type().equals("PERSON") || r.type().equals("ORGANIZATION"))) {
            for (Cluster c : clusters) {
                if (!c.type.equals(r.type()) && !c.type.equals("LOCATION") && !c.type.equals("GROUP")
                        && matches(c, r, c.type, acronyms, folds)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Whether mention r names the entity of cluster c, read as an entity of the given type. */
    private static boolean matches(Cluster c, RawMention r, String type, Map<String, String> acronyms,
                                   Map<String, String> folds) {
        String text = folds.computeIfAbsent(r.text(), NameVariants::fold);
        String[] tok = tokens(r.text());
        for (Mention m : c.mentions) {
            String other = folds.computeIfAbsent(m.text(), NameVariants::fold);
            if (other.equals(text)) {
                return true;
            }
            if (!m.kind().equals("NAME")) {
                continue;
            }
            if (type.equals("PERSON") && !r.text().startsWith("@") && NameVariants.sameFoldedPerson(text, other)) {
                return true;
            }
            if (type.equals("ORGANIZATION")) {
                if (stands(r.text(), m.text(), acronyms) || stands(m.text(), r.text(), acronyms)
                        || NameVariants.sameOrganisation(r.text(), m.text())) {
                    return true;
                }
                if (tok.length >= 2 && (" " + m.text().toLowerCase(Locale.ROOT) + " ")
                        .contains(" " + r.text().toLowerCase(Locale.ROOT) + " ")) {
                    return true;
                }
                // "NBC" for "NBC News", "Mahan" for "Mahan Air": the first word of a longer name
                String[] ot = tokens(m.text());
                if (tok.length == 1 && ot.length > 1 && tok[0].length() >= 3 && ot[0].equals(tok[0])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean compatible(String a, String b) {
        return a.equals(b);
    }

    /** True when acr is the acronym of full: defined in the text, or the initials of its words. */
    private static boolean stands(String acr, String full, Map<String, String> acronyms) {
        String a = acr.startsWith("@") ? acr.substring(1) : acr;
        String defined = acronyms.get(a);
        if (defined != null) {
            return defined.equalsIgnoreCase(full);
        }
        if (a.length() < 2 || !a.equals(a.toUpperCase(Locale.ROOT)) || full.split("\\s+").length < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : full.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString().equals(a);
    }

    private static String[] tokens(String s) {
        return s.replaceFirst("^@", "").split("[\\s]+");
    }
}
