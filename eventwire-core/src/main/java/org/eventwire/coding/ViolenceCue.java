package org.eventwire.coding;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence tells a death or an injury as an act of violence: "was killed" alone is
 * as often a fall, a crash or a quake as a murder, so a private person's death implies an
 * attacker only when the verb itself is violent ("was shot", "was stabbed") or the sentence
 * names weapons, attackers or a crime ("killed by a bullet", "killed in the shooting").
 */
final class ViolenceCue {
    /** Lemmas that name violence, its weapons, its doers or its crime. */
    private static final Set<String> CUES = Set.of("shoot", "shot", "gun", "gunman", "gunmen", "gunfire", "gunshot",
            "bullet", "rifle", "pistol", "firearm", "stab", "knife", "machete", "attack", "attacker", "assailant",
            "bomb", "blast", "grenade", "murder", "murderer", "homicide", "manslaughter", "slaying", "slay",
            "assassinate", "assassination", "execute", "militant", "rebel", "insurgent", "terrorist", "ambush",
            "raid", "airstrike", "strike", "shelling", "clash", "fighting", "violence", "riot", "beat", "beating",
            "strangle", "behead", "torture", "kidnap", "robber", "robbery", "killer", "shooting", "stabbing",
            "crossfire", "sniper", "suspect", "rape", "gang-rape", "lynch", "mob", "vigilante");

    private ViolenceCue() {
    }

    /** True when the sentence (its verb included) names violence. */
    static boolean told(Sent s) {
        for (int i = 0; i < s.size(); i++) {
            if (CUES.contains(s.lemma[i].toLowerCase(Locale.ROOT)) || CUES.contains(s.word[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
