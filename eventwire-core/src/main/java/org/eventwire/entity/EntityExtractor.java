package org.eventwire.entity;

import org.eventwire.model.Entity;
import org.eventwire.model.Mention;
import org.eventwire.nlp.ParsedSentence;
import org.eventwire.pipeline.ArticleContext;
import org.eventwire.pipeline.Stage;
import org.eventwire.quote.QuoteSpans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the article's entities: names from NER (repaired), collective role nouns, titles, and
 * the pronouns that refer to people, each mention tied to one entity.
 */
public final class EntityExtractor implements Stage {

    @Override
    public void apply(ArticleContext ctx) {
        String text = ctx.text();
        List<ParsedSentence> sentences = ctx.sentences();
        NameMentionFinder names = new NameMentionFinder();
        List<RawMention> raw = names.find(text, ctx.document().entityMentions(), sentences, ctx.dateline());
        List<Cluster> clusters = new ArrayList<>(EntityClusterer.cluster(raw, names.acronyms));
        clusters.addAll(groups(text, sentences, raw));
        for (Cluster c : clusters) {
            if (c.type.equals("PERSON")) {
                c.title = TitleFinder.title(c, sentences, text);
            }
        }
        clusters.sort((a, b) -> Integer.compare(a.firstStart(), b.firstStart()));
        addPronouns(ctx, clusters);
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            out.add(new Entity("E" + (i + 1), c.name(), c.type, c.title, null, null, List.copyOf(c.mentions)));
        }
        ctx.setEntities(out);
    }

    private static List<Cluster> groups(String text, List<ParsedSentence> sentences, List<RawMention> names) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        for (RawMention g : GroupFinder.find(text, sentences)) {
            if (names.stream().anyMatch(n -> n.overlaps(g.start(), g.end()))) {
                continue;
            }
            byKey.computeIfAbsent(GroupFinder.normalise(g.text()), k -> new Cluster("GROUP"))
                    .add(new Mention(g.start(), g.end(), g.text(), g.kind()));
        }
        return new ArrayList<>(byKey.values());
    }

    /** Person pronouns outside quotations, resolved in text order so that chains build up. */
    private static void addPronouns(ArticleContext ctx, List<Cluster> clusters) {
        List<ParsedSentence> sentences = ctx.sentences();
        PronounResolver resolver = new PronounResolver(sentences, ctx.quoteSpans());
        List<Antecedent> candidates = new ArrayList<>();
        Map<String, Cluster> byId = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster c = clusters.get(i);
            byId.put(String.valueOf(i), c);
            if (c.type.equals("PERSON")) {
                for (Mention m : c.mentions) {
                    candidates.add(new Antecedent(m.start(), m.end(),
                            PronounResolver.isSubject(sentences, m.start(), m.end()), String.valueOf(i)));
                }
            }
        }
        candidates.sort((a, b) -> Integer.compare(a.start(), b.start()));
        Map<String, Character> genders = new LinkedHashMap<>();
        byId.forEach((id, c) -> genders.put(id, c.type.equals("PERSON") ? FirstNames.gender(c.name()) : 0));
        for (ParsedSentence s : sentences) {
            for (int t = 0; t < s.size(); t++) {
                String w = s.word(t).toLowerCase(Locale.ROOT);
                if (!Lexicon.PERSON_PRONOUNS.contains(w) || !s.tag(t).startsWith("PRP")
                        || QuoteSpans.inside(ctx.quoteSpans(), s.begin(t))) {
                    continue;
                }
                char gender = FirstNames.ofPronoun(w);
                String id = resolver.resolve(s.begin(t), candidates,
                        c -> gender == 0 || genders.get(c) != opposite(gender));
                if (id == null) {
                    continue;
                }
                Mention m = new Mention(s.begin(t), s.end(t), ctx.text().substring(s.begin(t), s.end(t)), "PRONOUN");
                byId.get(id).add(m);
                candidates.add(new Antecedent(m.start(), m.end(), s.relation(t).startsWith("nsubj"), id));
                candidates.sort((a, b) -> Integer.compare(a.start(), b.start()));
            }
        }
    }

    private static char opposite(char g) {
        return g == 'M' ? 'F' : 'M';
    }

    @Override
    public String name() {
        return "entities";
    }
}
