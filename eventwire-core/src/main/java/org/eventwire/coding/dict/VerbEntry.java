package org.eventwire.coding.dict;

import java.util.List;

/**
 * One verb (or phrasal verb) of a verb dictionary: the words around its head that must be
 * present ("BREAK_DOWN": after = [DOWN]; "WIRE_+TAP": before = [WIRE]), its default code and
 * the patterns of its block. nominal marks entries of our noun list ("condemnation").
 */
public record VerbEntry(String block, String base, List<String> before, List<String> after,
                        String code, String reverseCode, List<VerbPattern> patterns, boolean nominal) {
}
