package org.parley.store;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps the embedded TDB2 store small and copied. TDB2 never reuses the space of deleted quads, so a store whose
 * article graphs are replaced again and again grows; compaction copies the live quads into a new generation
 * ({@code Data-NNNN}), its indexes packed full ({@link PackedCompaction}), and switches to it. The copy is made in
 * {@code Data-NNNN-tmp} and renamed into place, and TDB2 removes such a leftover when it opens the store, so a
 * process killed while compacting leaves the old generation in use and nothing lost.
 */
@ApplicationScoped
public class StoreMaintenance {
    private static final Logger LOG = Logger.getLogger(StoreMaintenance.class);
    private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");
    /** Beside the generations: the store's size right after its last compaction, the yardstick of its growth. */
    static final String COMPACTED_SIZE_FILE = "parley-compacted-bytes";

    private final ParleyStore store;

    public StoreMaintenance(ParleyStore store) {
        this.store = store;
    }

    /** What one compaction did. */
    public record Compaction(long bytesBefore, long bytesAfter, Duration took) {}

    /**
     * Compacts the store into a new generation and deletes the older ones. Readers go on meanwhile; writers wait
     * until the switch, which waits for the reads under way to end.
     */
    public synchronized Compaction compact() {
        long before = sizeOnDisk();
        long start = System.nanoTime();
        PackedCompaction.compact(store);
        // the generation just left, and any left by a compaction that was killed after its switch but before its clean-up
        deleteOldGenerations();
        long after = sizeOnDisk();
        writeCompactedSize(after);
        return new Compaction(before, after, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Where the writes to the store stand: a different mark means a write has begun or ended in between. The
     * counters are those of the store's current generation (a compaction starts new ones).
     */
    public record WriteMark(Object generation, long writesBegun, long writesRunning) {}

    /** The current mark; asking costs two reads of counters, so it can be asked often. */
    public WriteMark writeMark() {
        TransactionCoordinator coordinator = TDBInternal.getDatasetGraphTDB(store.dataset()).getTxnSystem().getTxnMgr();
        return new WriteMark(coordinator, coordinator.countBeginWrite(), coordinator.countActiveWriter());
    }

    /**
     * Bytes the store takes on disk, all generations included. TDB2 extends its memory-mapped files in 8 MB steps
     * that stay sparse until written, so their lengths (about 200 MB for an empty store) say little: the blocks
     * actually allocated are asked of {@code du}, and the lengths serve only where there is no {@code du}.
     */
    public long sizeOnDisk() {
        try {
            Process du = new ProcessBuilder("du", "-sk", store.location().toString()).redirectErrorStream(false).start();
            String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            du.getErrorStream().transferTo(OutputStream.nullOutputStream());
            if (du.waitFor() == 0 && !out.isBlank()) {
                return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debugf("du unavailable (%s); measuring file lengths", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fileLengths();
    }

    private long fileLengths() {
        try (Stream<Path> files = Files.walk(store.location())) {
            return files.filter(Files::isRegularFile).mapToLong(StoreMaintenance::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the store " + store.location() + ": " + e.getMessage(), e);
        }
    }

    /** Whether the store's folder is there yet. */
    public boolean exists() {
        return Files.isDirectory(store.location());
    }

    /** The store's size right after its last compaction, when it has been compacted. */
    public Optional<Long> compactedSize() {
        Path file = store.location().resolve(COMPACTED_SIZE_FILE);
        try {
            return Files.exists(file) ? Optional.of(Long.parseLong(Files.readString(file).strip())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.warnf("ignoring unreadable %s: %s", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Remembers {@code bytes} as the size to measure growth against. */
    void writeCompactedSize(long bytes) {
        Path file = store.location().resolve(COMPACTED_SIZE_FILE);
        try {
            Path tmp = Files.writeString(store.location().resolve(COMPACTED_SIZE_FILE + ".tmp"), Long.toString(bytes),
                    StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The generation folders of the store, oldest first. */
    public List<Path> generations() {
        try (Stream<Path> entries = Files.list(store.location())) {
            return entries.filter(p -> Files.isDirectory(p) && GENERATION.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(StoreMaintenance::generation))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the store " + store.location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes every quad of the store as gzipped N-Quads, from one read transaction: a consistent snapshot even while
     * articles are being written.
     */
    public void backup(OutputStream out) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        store.readThrough(dsg -> RDFDataMgr.write(gzip, dsg, RDFFormat.NQUADS));
        gzip.finish();
    }

    private void deleteOldGenerations() {
        List<Path> all = generations();
        for (Path old : all.subList(0, Math.max(0, all.size() - 1))) {
            LOG.infof("deleting old store generation %s", old);
            try {
                deleteTree(old);
            } catch (IOException e) {
                LOG.warnf("cannot delete old generation %s (delete it by hand): %s", old, e.getMessage());
            }
        }
    }

    /** Deletes a folder and everything in it. */
    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static int generation(Path dir) {
        var m = GENERATION.matcher(dir.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // a file removed while walking (a compaction's clean-up) takes no room
            return 0;
        }
    }
}
