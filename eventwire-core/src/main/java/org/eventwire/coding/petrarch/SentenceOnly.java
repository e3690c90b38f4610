package org.eventwire.coding.petrarch;

import org.eventwire.coding.ActorFinder;
import org.eventwire.coding.FoundActor;
import org.eventwire.coding.Sent;
import org.eventwire.coding.SentenceCoder;

import java.util.List;
import java.util.Set;

/**
 * The context PETRARCH codes in: the sentence alone. A pronoun stands for the nearest actor
 * before it ("Ethiopia indicated it would act"); roles keep an open country ("---GOV");
 * agentless passives read as active.
 */
final class SentenceOnly implements SentenceCoder.Context {
    private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they");
    private final ActorFinder finder;

    SentenceOnly(ActorFinder finder) {
        this.finder = finder;
    }

    @Override
    public FoundActor pronoun(Sent s, int t) {
        if (!PRONOUNS.contains(s.lemma[t])) {
            return null;
        }
        ActorFinder.Hits h = finder.hits(s);
        for (int i = t - 1; i >= 0; i--) {
            if (h.actorAt(i)) {
                List<FoundActor> f = finder.find(s, h, i, Set.of());
                if (!f.isEmpty()) {
                    return f.get(0);
                }
            }
        }
        return null;
    }

    @Override
    public String countryFor(Sent s, FoundActor a) {
        return null;
    }

    @Override
    public FoundActor fallbackTarget(Sent s, int verb) {
        return null;
    }

    @Override
    public FoundActor named(Sent s, int head, Set<Integer> exclude) {
        return null;
    }

    @Override
    public boolean agentlessPassiveAsActive() {
        return true;
    }
}
