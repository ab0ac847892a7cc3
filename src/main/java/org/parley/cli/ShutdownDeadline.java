package org.parley.cli;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.parley.config.ParleyConfig;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;

/**
 * Bounds how long a process takes to stop. A stop that hangs (a thread that ignores its interrupt, a lock never
 * released) would keep the store locked and the port taken until an operator kills the process; past
 * {@code parley.shutdown-limit} the process logs every thread's stack, so that the hang can be fixed, and halts
 * with status {@value #HALTED}. Halting loses nothing a crash would not: TDB2 replays only committed writes and
 * the sources' state is rewritten whole after each item.
 */
@ApplicationScoped
public class ShutdownDeadline {
    private static final Logger LOG = Logger.getLogger(ShutdownDeadline.class);
    /** The exit status of a process halted because its stop overran. */
    public static final int HALTED = 3;
    /** How the log line of an overrun stop begins; tests look for it. */
    public static final String OVERRUN = "the stop did not finish within";

    private final Duration limit;

    public ShutdownDeadline(ParleyConfig config) {
        this.limit = config.shutdownLimit();
    }

    /**
     * Starts the clock from a JVM shutdown hook: those run as soon as the process is told to stop (SIGTERM, an
     * exit), beside Quarkus's own, so the limit covers every step of the stop, the wait for running requests too.
     */
    void install(@Observes StartupEvent event) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Thread clock = new Thread(this::haltWhenOverrun, "shutdown-deadline");
            clock.setDaemon(true); // a process that stops in time exits without waiting for it
            clock.start();
        }, "shutdown-deadline-start"));
    }

    private void haltWhenOverrun() {
        try {
            Thread.sleep(limit.toMillis());
        } catch (InterruptedException e) {
            return;
        }
        LOG.errorf("%s %s (parley.shutdown-limit); halting. Threads:%n%s", OVERRUN, limit, threadDump());
        Runtime.getRuntime().halt(HALTED);
    }

    /** Every thread's state, the lock it waits for and who holds it, and its whole stack. */
    static String threadDump() {
        StringBuilder out = new StringBuilder();
        for (ThreadInfo t : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            out.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState());
            if (t.getLockName() != null) {
                out.append(" on ").append(t.getLockName());
            }
            if (t.getLockOwnerName() != null) {
                out.append(" held by \"").append(t.getLockOwnerName()).append('"');
            }
            out.append('\n');
            for (StackTraceElement frame : t.getStackTrace()) {
                out.append("\tat ").append(frame).append('\n');
            }
        }
        return out.toString();
    }
}
