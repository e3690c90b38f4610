package org.eventwire.model;

/**
 * What produced an event, so a wrong event can be traced and a right one trusted: the rule
 * (the construction class that read it, e.g. "VerbClause", "AgentlessPassive"), the verb
 * pattern that matched (dictionary text, null when the entry's default code applied) and the
 * lexicon entry ("CRITICIZE/CONDEMN": block and word; generated entries name their seed).
 */
public record EventCoderTrace(String rule, String pattern, String entry) {
}
