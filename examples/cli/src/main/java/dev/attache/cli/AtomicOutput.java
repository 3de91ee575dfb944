package dev.attache.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An output file or directory written beside its target under a temporary name and renamed into
 * place when complete: an error or an interrupt never leaves a half-written output (the temporary
 * is deleted, on interrupt by a shutdown hook), and an existing target is replaced only with
 * {@code --force}.
 */
final class AtomicOutput implements AutoCloseable {
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicOutput::delete),
        "attache-cleanup"));
  }

  private final Path target;
  private final Path temporary;
  private final boolean directory;
  private OutputStream stream;
  private boolean committed;

  private AtomicOutput(Path target, Path temporary, boolean directory) {
    this.target = target;
    this.temporary = temporary;
    this.directory = directory;
    PENDING.add(temporary);
  }

  /** A file output; refuses an existing target unless {@code force}. */
  static AtomicOutput file(Path target, boolean force) {
    Path temporary = prepare(target, force, false);
    return new AtomicOutput(target, temporary, false);
  }

  /** A directory output, such as the CSV files of a conversion. */
  static AtomicOutput directory(Path target, boolean force) {
    Path temporary = prepare(target, force, true);
    return new AtomicOutput(target, temporary, true);
  }

  private static Path prepare(Path target, boolean force, boolean directory) {
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute) && !force) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "'" + target + "' exists: use --force to"
          + " replace it");
    }
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "cannot write '" + target
          + "': its directory does not exist");
    }
    try {
      String prefix = "." + absolute.getFileName() + ".";
      return directory ? Files.createTempDirectory(parent, prefix)
          : Files.createTempFile(parent, prefix, ".tmp");
    } catch (IOException e) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "cannot write '" + target + "': " + e, e);
    }
  }

  /** The stream of a file output. */
  OutputStream stream() {
    if (stream == null) {
      try {
        stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return stream;
  }

  /** The temporary directory of a directory output, to write files into. */
  Path directory() {
    return temporary;
  }

  /** Moves the complete output into place. */
  void commit() {
    try {
      if (stream != null) {
        stream.close();
      }
      if (directory && Files.exists(target)) {
        delete(target);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
      PENDING.remove(temporary);
    } catch (FileAlreadyExistsException e) {
      throw new CliException(ExitCodes.USAGE_OR_IO, "'" + target + "' exists", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the temporary output unless it was committed. */
  @Override
  public void close() {
    if (!committed) {
      if (stream != null) {
        try {
          stream.close();
        } catch (IOException ignored) {
          // the temporary is deleted anyway
        }
      }
      delete(temporary);
      PENDING.remove(temporary);
    }
  }

  private static void delete(Path path) {
    try (Stream<Path> paths = Files.walk(path)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // nothing left to clean or nothing more to do
    }
  }
}
