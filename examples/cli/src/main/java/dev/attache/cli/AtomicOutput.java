package dev.attache.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * An output file or directory, written beside its target under a temporary name and moved into
 * place only when complete. What was there before is never lost:
 *
 * <ul>
 *   <li>the target is the path the system would write to: links and {@code ..} are resolved as
 *       the system resolves them, and a link to a file is written through, as a plain write
 *       would;
 *   <li>an error or an interrupt leaves no half-written output (the temporary is deleted, on
 *       interrupt by a shutdown hook), and whatever was at the target stays as it was;
 *   <li>without {@code --force} an existing target is refused, at the start and again when the
 *       output is moved into place: a file is linked into place, which fails if a file of that
 *       name appeared meanwhile (where the file system has no hard links, it is checked and then
 *       moved);
 *   <li>with {@code --force} a file is replaced by an atomic rename, and a directory keeps
 *       everything but the files the command writes, each replaced by an atomic rename, all of
 *       them or none: if one cannot be replaced, those replaced before it are put back; nothing
 *       else in it is ever deleted;
 *   <li>an output is refused where it would overlap the input (the same file through any path or
 *       link, a directory that contains the input, a directory that is the working directory or
 *       one of its ancestors) or is not a file to replace (a directory, a device, a pipe);
 *   <li>what is written is on the disk before it is moved into place, so a crash after the move
 *       cannot leave an empty file where data was;
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

  private final Path given;
  private final Path target;
  private final String name;
  private final Path temporary;
  private final boolean directory;
  private final boolean force;
  private OutputStream stream;
  private boolean committed;

  private AtomicOutput(Path given, Path target, Path temporary, boolean directory,
      boolean force) {
    this.given = given;
    this.target = target;
    this.name = Printable.quote(given);
    this.temporary = temporary;
    this.directory = directory;
    this.force = force;
    PENDING.add(temporary);
  }

  /** A file output; refuses an existing target unless {@code force}, and any input. */
  static AtomicOutput file(Path given, boolean force, List<Path> inputs) {
    Path target = real(given.toAbsolutePath());
    if (Files.isDirectory(target)) {
      throw refused(given, "is a directory");
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
      throw refused(given, "is not a regular file (a device, a pipe or a link to nothing);"
          + " write to a file");
    }
    for (Path input : inputs) {
      if (sameFile(target, input)) {
        throw refused(given, "is the input " + Printable.quote(input) + ": write to another file");
      }
    }
    checkAbsentUnlessForced(given, target, force);
    return new AtomicOutput(given, target, temporary(given, target, false), false, force);
  }

  /** A directory output, such as the CSV files of a conversion. */
  static AtomicOutput directory(Path given, boolean force, List<Path> inputs) {
    Path target = real(given.toAbsolutePath());
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw refused(given, "exists and is not a directory");
    }
    Path workingDirectory = real(Path.of("").toAbsolutePath());
    if (workingDirectory.startsWith(target)) {
      throw refused(given, "is the working directory or one of its ancestors: write to a new"
          + " directory");
    }
    for (Path input : inputs) {
      if (real(input.toAbsolutePath()).startsWith(target)) {
        throw refused(given, "contains the input " + Printable.quote(input)
            + ": write to a new directory");
      }
    }
    checkAbsentUnlessForced(given, target, force);
    return new AtomicOutput(given, target, temporary(given, target, true), true, force);
  }

  private static void checkAbsentUnlessForced(Path given, Path target, boolean force) {
    if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      throw refused(given, "exists: use --force to replace it");
    }
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw refused(given, "its directory does not exist");
    }
  }

  private static CliException refused(Path given, String why) {
    return new CliException(ExitCodes.USAGE_OR_IO, "cannot write " + Printable.quote(given) + ": "
        + why);
  }

  /** True if the target is the file {@code input} is, through any path or link. */
  private static boolean sameFile(Path target, Path input) {
    try {
      return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)
          || target.equals(real(input.toAbsolutePath()));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The path the system would write to: the part that exists resolved by the system (its links
   * and {@code ..} as the system follows them), the rest, which holds no link, normalized.
   */
  private static Path real(Path absolute) {
    Path existing = absolute;
    Path rest = absolute.getFileSystem().getPath("");
    while (existing != null && !Files.exists(existing)) {
      Path last = existing.getFileName();
      rest = last == null ? rest : last.resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute.normalize();
    }
    try {
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      return absolute.normalize();
    }
  }

  /**
   * A new temporary file or directory beside the target, created with the permissions of the
   * user's umask (not the owner-only ones of {@code Files.createTemp…}), under a short name that
   * fits any file system.
   */
  private static Path temporary(Path given, Path target, boolean directory) {
    Path parent = target.getParent();
    String base = target.getFileName().toString();
    base = base.length() > 40 ? base.substring(0, 40) : base;
    for (int attempt = 0; ; attempt++) {
      Path candidate = parent.resolve("." + base + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return directory ? Files.createDirectory(candidate) : Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw refused(given, "no temporary name is free beside it");
        }
      } catch (IOException e) {
        throw refused(given, Io.reason(e));
      }
    }
  }

  /**
   * A stream onto a new file that a failed write names ({@link OutputFailure}) and that is forced
   * to the disk when closed.
   */
  static OutputStream create(Path file, String name) {
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      OutputStream synced = new java.io.FilterOutputStream(Channels.newOutputStream(channel)) {
        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
          out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
          try (channel) {
            channel.force(true);
          }
        }
      };
      return new BufferedOutputStream(new GuardedOutput(synced, name), 1 << 16);
    } catch (IOException e) {
      throw new OutputFailure(name, e);
    }
  }

  /** The stream of a file output; a failed write names the target. */
  OutputStream stream() {
    if (stream == null) {
      stream = create(temporary, name);
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
        stream.close(); // the last bytes, forced to disk: a full disk is found here at the latest
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
      syncDirectory(target.getParent());
    } catch (IOException e) {
      throw new OutputFailure(name, e);
    }
  }

  private void commitFile(Path from, Path to) throws IOException {
    if (force) {
      replacer.replace(from, to);
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
    // --force onto an existing directory: replace the files written, and nothing else, once
    // every one of them is known to be replaceable
    List<Path> files;
    try (Stream<Path> listed = Files.list(temporary)) {
      files = listed.sorted().toList();
    }
    for (Path file : files) {
      Path destination = target.resolve(file.getFileName().toString());
      if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS)) {
        throw new CliException(ExitCodes.USAGE_OR_IO, "not written: "
            + Printable.quote(given.resolve(file.getFileName().toString()))
            + " is not a regular file; nothing in " + name + " was replaced");
      }
    }
    replaceAllOrNone(files);
    delete(temporary);
  }

  /**
   * Replaces the files written, all of them or, if one cannot be replaced (a file the user may
   * not replace, an immutable one), none: each file replaced is kept, as a link or a copy in the
   * temporary directory, until every one is in place, and put back if one fails. Each file is
   * replaced by an atomic rename, so a reader sees the old file or the new, never neither.
   */
  private void replaceAllOrNone(List<Path> files) throws IOException {
    Path kept = Files.createDirectory(temporary.resolve(".replaced"));
    Map<Path, Path> earlier = new LinkedHashMap<>();
    for (Path file : files) {
      Path destination = target.resolve(file.getFileName().toString());
      if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
        Path copy = kept.resolve(file.getFileName().toString());
        try {
          try {
            Files.createLink(copy, destination);
          } catch (UnsupportedOperationException | IOException e) {
            Files.copy(destination, copy, StandardCopyOption.COPY_ATTRIBUTES);
          }
        } catch (IOException e) {
          throw new CliException(ExitCodes.USAGE_OR_IO, "not written: cannot keep "
              + Printable.quote(given.resolve(file.getFileName().toString()))
              + " to put it back if need be (" + Io.reason(e) + "); nothing in " + name
              + " was replaced");
        }
        earlier.put(destination, copy);
      }
    }
    List<Path> replaced = new ArrayList<>();
    for (Path file : files) {
      Path destination = target.resolve(file.getFileName().toString());
      try {
        replacer.replace(file, destination);
        replaced.add(destination);
      } catch (IOException e) {
        throw new CliException(ExitCodes.USAGE_OR_IO, "not written: "
            + Printable.quote(given.resolve(file.getFileName().toString())) + ": "
            + Io.reason(e) + "; " + putBack(replaced, earlier));
      }
    }
  }

  /** Puts back the files replaced before a failure, and says so, or where the old ones are. */
  private String putBack(List<Path> replaced, Map<Path, Path> earlier) {
    List<String> stuck = new ArrayList<>();
    for (Path destination : replaced) {
      try {
        Path copy = earlier.get(destination);
        if (copy == null) {
          Files.delete(destination); // it was not there before
        } else {
          Files.move(copy, destination, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        stuck.add(Printable.quote(destination));
      }
    }
    if (stuck.isEmpty()) {
      return "nothing in " + name + " was replaced";
    }
    committed = true; // the temporary holds the earlier files: it is not deleted
    PENDING.remove(temporary);
    return "could not put back the earlier " + String.join(", ", stuck) + ": they are in "
        + Printable.quote(temporary.resolve(".replaced"));
  }

  /** Moves a file onto another; a field so that a test can make it fail. */
  interface Replacer {
    void replace(Path from, Path to) throws IOException;
  }

  /** How {@code --force} replaces a file, one of a directory's too; tests make it fail. */
  static Replacer replacer = (from, to) -> {
    keepPermissions(to, from);
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  };

  private CliException appeared() {
    return new CliException(ExitCodes.USAGE_OR_IO, "not written: " + name
        + " was created while the command ran; use --force to replace it");
  }

  /** Makes a rename in a directory durable, where the system allows it; best effort. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every system can open a directory; the data itself was forced before the rename
    }
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
