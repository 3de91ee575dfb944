package dev.attache.postgres;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run in a process of its own: prints whether the lock on a file is held by another process
 * ("held") or could be taken ("free"), as another process opening the same store would find it.
 * With "hold" after the file, takes the lock, prints "locked" and keeps it until its input ends.
 */
public final class LockProbe {
  private LockProbe() {}

  public static void main(String[] args) throws Exception {
    try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE,
        StandardOpenOption.CREATE)) {
      FileLock lock = channel.tryLock();
      if (args.length > 1 && lock != null) {
        System.out.println("locked");
        System.out.flush();
        System.in.readAllBytes();
      } else {
        System.out.println(lock == null ? "held" : "free");
      }
      if (lock != null) {
        lock.release();
      }
    }
  }
}
