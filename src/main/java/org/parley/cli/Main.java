package org.parley.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.apache.jena.sys.JenaSystem;
import picocli.CommandLine;

/**
 * Entry point of {@code ./parley}. Settings that Quarkus needs before it boots (whether to open the HTTP
 * port, which port, which store) are taken from the arguments first; picocli then runs the command.
 */
@QuarkusMain
public class Main implements QuarkusApplication {
    private final CommandLine.IFactory factory;

    public Main(CommandLine.IFactory factory) {
        this.factory = factory;
    }

    public static void main(String... args) {
        // Jena initialises its classes lazily; two threads that touch it first at once (a request, the
        // compaction watcher, picocli's commands) can deadlock on class initialisation, so it starts here, alone
        JenaSystem.init();
        LaunchSettings.from(args).apply();
        Quarkus.run(Main.class, args);
    }

    @Override
    public int run(String... args) {
        CommandLine cli = new CommandLine(ParleyCommand.class, factory);
        cli.setExecutionExceptionHandler(new UserErrors());
        return cli.execute(args);
    }
}
