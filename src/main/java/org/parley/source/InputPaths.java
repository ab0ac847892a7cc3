package org.parley.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files that command-line arguments name. A folder stands for the article files under it; a file
 * named outright is read whatever its name, so that a missing or odd file is reported rather than
 * silently skipped. {@code -} is standard input.
 */
final class InputPaths {
    static final Path STDIN = Path.of("-");
    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "html", "htm");

    private InputPaths() {
    }

    static List<Path> expand(List<String> args) {
        Set<Path> paths = new LinkedHashSet<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                paths.add(STDIN);
                continue;
            }
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                paths.addAll(articleFilesUnder(path));
            } else {
                paths.add(path);
            }
        }
        return List.copyOf(paths);
    }

    /**
     * Article files under a folder, sorted, without hidden files or hidden folders (".git"). Whatever
     * cannot be listed is returned itself, so that reading it reports why.
     */
    private static List<Path> articleFilesUnder(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && hasArticleExtension(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            files.add(folder);
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private static boolean hasArticleExtension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
