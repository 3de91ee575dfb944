package dev.attache.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * An output file or directory, written beside its target under a temporary name and moved into
 * place only when complete. What was there before is never lost:
 *
 * <ul>
 *   <li>an error or an interrupt leaves no half-written output (the temporary is deleted, on
 *       interrupt by a shutdown hook), and whatever was at the target stays as it was;
 *   <li>without {@code --force} an existing target is refused, at the start and again when the
 *       output is moved into place: a file is linked into place, which fails if a file of that
 *       name appeared meanwhile (where the file system has no hard links, it is checked and then
 *       moved);
 *   <li>with {@code --force} a file is replaced by an atomic rename, and a directory keeps
 *       everything but the files the command writes, each replaced by an atomic rename: nothing
 *       else in it is ever deleted;
 *   <li>an output is refused where it would overlap the input: the same file (through any path or
 *       link), a directory that contains the input, or a directory that is the working directory
 *       or one of its ancestors;
 *   <li>files and directories get the permissions a plain write would have given: new ones those
 *       of the user's umask, a replaced file those it had.
 * </ul>
 */
final class AtomicOutput implements AutoCloseable {
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(AtomicOutput::delete),
        "attache-cleanup"));
  }

  private final Path target;
  private final String name;
  private final Path temporary;
  private final boolean directory;
  private final boolean force;
  private OutputStream stream;
  private boolean committed;

  private AtomicOutput(Path given, Path target, Path temporary, boolean directory,
      boolean force) {
    this.target = target;
    this.name = Printable.quote(given);
    this.temporary = temporary;
    this.directory = directory;
    this.force = force;
    PENDING.add(temporary);
  }

  /** A file output; refuses an existing target unless {@code force}, and any input. */
  static AtomicOutput file(Path target, boolean force, List<Path> inputs) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw refused(target, "is a directory");
    }
    for (Path input : inputs) {
      if (sameFile(absolute, input)) {
        throw refused(target, "is the input " + Printable.quote(input) + ": write to another file");
      }
    }
    checkAbsentUnlessForced(target, absolute, force);
    return new AtomicOutput(target, absolute, temporary(target, absolute, false), false, force);
  }

  /** A directory output, such as the CSV files of a conversion. */
  static AtomicOutput directory(Path target, boolean force, List<Path> inputs) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw refused(target, "exists and is not a directory");
    }
    Path real = real(absolute);
    Path workingDirectory = real(Path.of("").toAbsolutePath());
    if (workingDirectory.startsWith(real)) {
      throw refused(target, "is the working directory or one of its ancestors: write to a new"
          + " directory");
    }
    for (Path input : inputs) {
      if (real(input.toAbsolutePath().normalize()).startsWith(real)) {
        throw refused(target, "contains the input " + Printable.quote(input)
            + ": write to a new directory");
      }
    }
    checkAbsentUnlessForced(target, absolute, force);
    return new AtomicOutput(target, absolute, temporary(target, absolute, true), true, force);
  }

  private static void checkAbsentUnlessForced(Path target, Path absolute, boolean force) {
    if (!force && Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(target, "exists: use --force to replace it");
    }
    Path parent = absolute.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw refused(target, "its directory does not exist");
    }
  }

  private static CliException refused(Path target, String why) {
    return new CliException(ExitCodes.USAGE_OR_IO, "cannot write " + Printable.quote(target) + ": "
        + why);
  }

  /** True if the path names the file {@code input} is, through any path or link. */
  private static boolean sameFile(Path absolute, Path input) {
    try {
      return Files.exists(absolute) && Files.exists(input) && Files.isSameFile(absolute, input)
          || real(absolute).equals(real(input.toAbsolutePath().normalize()));
    } catch (IOException e) {
      return false;
    }
  }

  /** The path with every link of its existing part resolved. */
  private static Path real(Path absolute) {
    Path existing = absolute;
    Path rest = absolute.getFileSystem().getPath("");
    while (existing != null && !Files.exists(existing)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }

  /**
   * A new temporary file or directory beside the target, created with the permissions of the
   * user's umask (not the owner-only ones of {@code Files.createTemp…}).
   */
  private static Path temporary(Path target, Path absolute, boolean directory) {
    Path parent = absolute.getParent();
    for (int attempt = 0; ; attempt++) {
      Path candidate = parent.resolve("." + absolute.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return directory ? Files.createDirectory(candidate) : Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw refused(target, "no temporary name is free beside it");
        }
      } catch (IOException e) {
        throw refused(target, Io.reason(e));
      }
    }
  }

  /** The stream of a file output; a failed write names the target. */
  OutputStream stream() {
    if (stream == null) {
      try {
        stream = new BufferedOutputStream(
            new GuardedOutput(Files.newOutputStream(temporary), name), 1 << 16);
      } catch (IOException e) {
        throw new OutputFailure(name, e);
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
    if (stream != null) {
      try {
        stream.close(); // the last bytes: a full disk is found here at the latest
      } catch (IOException e) {
        throw new OutputFailure(name, e);
      }
    }
    try {
      if (directory) {
        commitDirectory();
      } else {
        commitFile(temporary, target);
      }
      committed = true;
      PENDING.remove(temporary);
    } catch (IOException e) {
      throw new OutputFailure(name, e);
    }
  }

  private void commitFile(Path from, Path to) throws IOException {
    if (force) {
      keepPermissions(to, from);
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
      return;
    }
    try {
      Files.createLink(to, from); // atomic, and fails if a file of that name exists by now
    } catch (FileAlreadyExistsException e) {
      throw appeared();
    } catch (UnsupportedOperationException | IOException e) {
      if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) { // no hard links here: check, then move
        throw appeared();
      }
      Files.move(from, to);
      return;
    }
    Files.delete(from);
  }

  private void commitDirectory() throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      try {
        // rename(2) moves a directory atomically; onto a directory that appeared meanwhile it
        // fails unless that one is empty, which loses nothing
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        return;
      } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
        if (!force) {
          throw appeared();
        }
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target);
        return;
      }
    } else if (!force) {
      throw appeared();
    }
    // --force onto an existing directory: replace the files written, and nothing else
    try (Stream<Path> files = Files.list(temporary)) {
      for (Path file : files.sorted().toList()) {
        commitFile(file, target.resolve(file.getFileName().toString()));
      }
    }
    Files.delete(temporary);
  }

  private CliException appeared() {
    return new CliException(ExitCodes.USAGE_OR_IO, "not written: " + name
        + " was created while the command ran; use --force to replace it");
  }

  /** Gives the new file the permissions of the file it replaces, as a plain write would keep. */
  private static void keepPermissions(Path replaced, Path replacement) {
    try {
      PosixFileAttributeView view = Files.getFileAttributeView(replaced,
          PosixFileAttributeView.class);
      if (view != null && Files.isRegularFile(replaced)) {
        Files.setPosixFilePermissions(replacement, view.readAttributes().permissions());
      }
    } catch (NoSuchFileException e) {
      // nothing is replaced: the new file keeps the umask's permissions
    } catch (IOException | UnsupportedOperationException e) {
      // not POSIX, or not ours to read: the umask's permissions will do
    }
  }

  /** Deletes the temporary output unless it was committed. */
  @Override
  public void close() {
    if (!committed) {
      if (stream != null) {
        try {
          stream.close();
        } catch (IOException | UncheckedIOException e) {
          // the temporary is deleted anyway
        }
      }
      delete(temporary);
      PENDING.remove(temporary);
    }
  }

  /** Deletes a temporary of ours, with what the command wrote into it; never follows a link. */
  private static void delete(Path path) {
    try (Stream<Path> paths = Files.walk(path)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // nothing left to clean or nothing more to do
    }
  }
}
