package org.eventwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The eventwire command line: one subcommand per job. */
@Command(name = "eventwire", mixinStandardHelpOptions = true, version = "eventwire 0.1.0",
        description = "Turns news reports into structured, sourced event data.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, StatsCommand.class, EventsCommand.class,
                QuotesCommand.class, ExportCommand.class, BenchmarkCommand.class, ImportGeonamesCommand.class,
                ValidatePetrarchCommand.class, StoriesCommand.class, StoryCommand.class})
public final class Main implements Runnable {
    /** Exit code when some items failed and the rest were processed. */
    public static final int SOME_FAILED = 3;

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }
}
