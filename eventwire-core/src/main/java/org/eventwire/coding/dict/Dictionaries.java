package org.eventwire.coding.dict;

import org.eventwire.pipeline.Lazy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The dictionaries a coder uses: actors (countries, IGOs, named actors), agents (roles and
 * sectors), verbs and event nouns, and discards. eventwire ships its own; PETRARCH/TABARI
 * dictionaries load from a folder and can be combined with ours (ours are consulted first).
 */
public final class Dictionaries {
    public final PhraseIndex actors = new PhraseIndex();
    public final PhraseIndex agents = new PhraseIndex();
    /** Sector words read only inside organisation names ("Saudi Press Agency", "Mahan Air"). */
    public final PhraseIndex orgWords = new PhraseIndex();
    public final VerbDictionary verbs = new VerbDictionary();
    public final VerbDictionary nouns = new VerbDictionary();
    public final PhraseIndex sentenceDiscards = new PhraseIndex();
    public final PhraseIndex storyDiscards = new PhraseIndex();
    public final List<String> problems = new ArrayList<>();
    public final List<String> sources = new ArrayList<>();

    private static final Lazy<Dictionaries> BUILT_IN = new Lazy<>(Dictionaries::loadBuiltIn);

    /** eventwire's own dictionaries, loaded once per JVM. */
    public static Dictionaries builtIn() {
        return BUILT_IN.get();
    }

    private static Dictionaries loadBuiltIn() {
        Dictionaries d = new Dictionaries();
        d.readActors(resource("actors.txt"), "actors.txt");
        d.readActors(CountryNames.asActorLines(), "countries (JDK and countries.txt)");
        d.readAgents(resource("agents.txt"));
        new AgentFileReader().read(resource("org-words.txt"), d.orgWords::add);
        d.readVerbs(resource("verbs.txt"), "verbs.txt", false);
        d.readVerbs(resource("nouns.txt"), "nouns.txt", true);
        d.addGenerated(WordNetLexicon.expand(resource("seeds.txt")));
        d.sources.add("eventwire built-in");
        return d;
    }

    /** The dictionaries of a folder: *verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt. */
    public static Dictionaries load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        Dictionaries d = new Dictionaries();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!n.endsWith(".txt")) {
                continue;
            }
            if (n.contains("verbs") || n.startsWith("cameo")) {
                d.readVerbs(lines(f), f.getFileName().toString(), false);
            } else if (n.contains("actors")) {
                d.readActors(lines(f), f.getFileName().toString());
            } else if (n.contains("agents")) {
                d.readAgents(lines(f));
            } else if (n.contains("discards")) {
                d.readDiscards(lines(f));
            } else {
                continue;
            }
            d.sources.add(f.toString());
        }
        if (d.sources.isEmpty()) {
            throw new IOException("no dictionaries (verbs, actors, agents, discards) in " + dir);
        }
        return d;
    }

    /** The named files (as a PETRARCH &lt;Environment&gt; lists them) of a folder; null names are skipped. */
    public static Dictionaries loadFiles(Path dir, String verbs, String actors, String agents, String discards)
            throws IOException {
        Dictionaries d = new Dictionaries();
        if (verbs != null) {
            d.readVerbs(lines(dir.resolve(verbs)), verbs, false);
        }
        if (actors != null) {
            d.readActors(lines(dir.resolve(actors)), actors);
        }
        if (agents != null) {
            d.readAgents(lines(dir.resolve(agents)));
        }
        if (discards != null) {
            d.readDiscards(lines(dir.resolve(discards)));
        }
        return d;
    }

    /** A new set holding first this one's entries, then the other's. */
    public Dictionaries plus(Dictionaries other) {
        Dictionaries d = new Dictionaries();
        for (Dictionaries x : List.of(this, other)) {
            d.actors.addAll(x.actors);
            d.agents.addAll(x.agents);
            d.orgWords.addAll(x.orgWords);
            d.verbs.addAll(x.verbs);
            d.nouns.addAll(x.nouns);
            d.sentenceDiscards.addAll(x.sentenceDiscards);
            d.storyDiscards.addAll(x.storyDiscards);
            d.problems.addAll(x.problems);
            d.sources.addAll(x.sources);
        }
        return d;
    }

    public void readActors(List<String> lines, String source) {
        ActorFileReader r = new ActorFileReader();
        r.read(lines, source, actors::add);
        problems.addAll(r.problems());
    }

    public void readAgents(List<String> lines) {
        new AgentFileReader().read(lines, agents::add);
    }

    public void readVerbs(List<String> lines, String source, boolean nominal) {
        VerbFileReader r = new VerbFileReader();
        (nominal ? nouns : verbs).addAll(r.read(lines, source, nominal));
        problems.addAll(r.problems());
    }

    /** WordNet-generated verbs and event nouns, for words the hand-written lists do not hold. */
    void addGenerated(List<WordNetLexicon.Generated> words) {
        int added = 0;
        for (WordNetLexicon.Generated g : words) {
            String w = g.word().toUpperCase(Locale.ROOT);
            VerbDictionary into = g.noun() ? nouns : verbs;
            if (!into.lookup(w, w).isEmpty()) {
                continue;
            }
            String block = g.block() + " via WordNet from " + g.seed().toUpperCase(Locale.ROOT);
            into.add(new VerbEntry(block, w, List.of(), List.of(), g.code(), null, List.of(), g.noun()), List.of(w));
            added++;
        }
        sources.add("WordNet 3.1: " + added + " words from seeds.txt");
    }

    public void readDiscards(List<String> lines) {
        for (String raw : lines) {
            String t = ActorFileReader.stripComment(raw).trim();
            if (t.isEmpty()) {
                continue;
            }
            boolean story = t.startsWith("+");
            PhraseEntry e = ActorFileReader.entry((story ? t.substring(1) : t).trim() + "_",
                    List.of(new DatedCode("###", 0, DatedCode.OPEN_END)));
            if (e != null) {
                (story ? storyDiscards : sentenceDiscards).add(e);
            }
        }
    }

    public String summary() {
        return actors.size() + " actor phrases, " + agents.size() + " agent phrases, " + verbs.entries()
                + " verbs with " + verbs.patterns() + " patterns, " + nouns.entries() + " event nouns";
    }

    static List<String> lines(Path f) throws IOException {
        // the public dictionaries are mostly ASCII with a few Latin-1 bytes
        byte[] b = Files.readAllBytes(f);
        String s = new String(b, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            s = new String(b, StandardCharsets.ISO_8859_1);
        }
        return s.lines().toList();
    }

    static List<String> resource(String name) {
        try (InputStream in = Dictionaries.class.getResourceAsStream("/org/eventwire/coding/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
