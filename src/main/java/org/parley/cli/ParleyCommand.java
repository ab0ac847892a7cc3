package org.parley.cli;

import picocli.CommandLine.Command;

/** {@code parley}: the top command; every action is a subcommand. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "Parley 0.1.0",
        description = "Turns news articles about conflicts into a knowledge graph and serves it over SPARQL.",
        subcommands = {DemoCommand.class, ServeCommand.class, IngestCommand.class, QueryCommand.class,
                LoadCommand.class, ExportCommand.class, ValidateCommand.class, StatsCommand.class,
                ResolveCommand.class, CompactCommand.class, BackupCommand.class})
public class ParleyCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
