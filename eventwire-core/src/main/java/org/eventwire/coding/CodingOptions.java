package org.eventwire.coding;

import org.eventwire.coding.dict.Dictionaries;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How events are coded: with eventwire's own dictionaries, with those of a folder
 * (PETRARCH/TABARI format, e.g. the Phoenix set), or with both (ours consulted first).
 */
public record CodingOptions(Path dictionaries, boolean withBuiltIn) {
    public static CodingOptions defaults() {
        return new CodingOptions(null, true);
    }

    /** The dictionaries these options name, loaded now. */
    public Dictionaries load() throws IOException {
        if (dictionaries == null) {
            return Dictionaries.builtIn();
        }
        Dictionaries theirs = Dictionaries.load(dictionaries);
        return withBuiltIn ? Dictionaries.builtIn().plus(theirs) : theirs;
    }
}
