package org.parley.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InputPathsTest {
    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "The envoys met.");
    }

    @Test
    void folderExpandsToItsArticleFilesRecursivelyAndSorted() throws IOException {
        Path b = touch("b.txt");
        Path a = touch("a.txt");
        Path nested = touch("sub/c.html");
        Path deeper = touch("sub/deeper/d.htm");
        Path text = touch("e.text");
        touch("notes.pdf");
        touch("README");
        touch("README.md");
        touch(".hidden.txt");
        touch(".git/objects/f.txt");
        assertEquals(List.of(a, b, text, nested, deeper), InputPaths.expand(List.of(dir.toString())));
    }

    @Test
    void explicitFileIsTakenWhateverItsName() throws IOException {
        Path odd = touch("notes.pdf");
        Path hidden = touch(".draft");
        assertEquals(List.of(odd, hidden), InputPaths.expand(List.of(odd.toString(), hidden.toString())));
    }

    @Test
    void dashIsStandardInputAndMissingPathsAreKeptForReporting() {
        Path missing = dir.resolve("absent.txt");
        assertEquals(List.of(InputPaths.STDIN, missing), InputPaths.expand(List.of("-", missing.toString())));
    }

    @Test
    void pathNamedTwiceIsReadOnce() throws IOException {
        Path a = touch("a.txt");
        assertEquals(List.of(a), InputPaths.expand(List.of(a.toString(), dir.toString())));
    }
}
