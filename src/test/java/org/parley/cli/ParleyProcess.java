package org.parley.cli;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged application as a separate process, as a user's shell would. */
public final class ParleyProcess {
    private ParleyProcess() {}

    /** What a finished command printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {}

    public static Path jar() {
        return Path.of(System.getProperty("parley.jar", "target/quarkus-app/quarkus-run.jar"));
    }

    public static Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(jvmOptions, null, args);
    }

    public static Result run(List<String> jvmOptions, Path stdin, String... args) throws IOException, InterruptedException {
        Process p = start(jvmOptions, stdin, args);
        Path out = Files.createTempFile("parley-out", ".txt");
        Path err = Files.createTempFile("parley-err", ".txt");
        p.getInputStream().transferTo(Files.newOutputStream(out));
        p.getErrorStream().transferTo(Files.newOutputStream(err));
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("parley " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    public static Process start(List<String> jvmOptions, Path stdin, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        return pb.start();
    }

    /** Starts a command whose standard output and error go to {@code log}, so that a long-running one never blocks on a full pipe. */
    public static Process startLogged(List<String> jvmOptions, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Stops a server as {@code systemd} or {@code docker stop} would, with SIGTERM, and waits for it. One that does
     * not stop in time fails the test with its threads (from {@code jstack}) and the end of its log, also kept in
     * {@code target/} where CI keeps them, since a hang that is rare must be readable from the one run that had it.
     *
     * @return the exit code
     */
    public static int stop(Process server, Duration patience, Path log) throws IOException, InterruptedException {
        server.destroy();
        if (server.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
            String logText = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (logText.contains(ShutdownDeadline.OVERRUN)) {
                throw new AssertionError("the server's stop overran its limit and it halted itself (its threads are in its log):\n" + logText);
            }
            return server.exitValue();
        }
        Process jstack = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                "-l", Long.toString(server.pid())).redirectErrorStream(true).start();
        String threads = new String(jstack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jstack.waitFor(1, TimeUnit.MINUTES);
        String logText = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        server.destroyForcibly();
        Path kept = Files.createDirectories(Path.of("target", "stuck-servers")).resolve("server-" + server.pid() + ".txt");
        Files.writeString(kept, "== threads\n" + threads + "\n== log\n" + logText, StandardCharsets.UTF_8);
        throw new AssertionError("the server did not stop within " + patience + " of SIGTERM; threads and log in "
                + kept.toAbsolutePath() + "\n== log (end)\n" + logText.substring(Math.max(0, logText.length() - 4000))
                + "\n== threads\n" + threads);
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until {@code url} answers 200, or fails after the timeout. */
    public static void awaitUp(String url, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError(url + " did not come up in " + timeout);
    }
}
