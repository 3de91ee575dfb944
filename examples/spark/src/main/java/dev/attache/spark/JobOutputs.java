package dev.attache.spark;

import static dev.attache.spark.Refused.quote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The directories one run writes, each checked absent before the run starts, so that each is
 * this run's alone: closing deletes the work directory whatever happened, and, unless the run
 * {@linkplain #keep() kept} them, the outputs too — a failed run leaves no half-written output,
 * and the same command can run again.
 */
final class JobOutputs implements AutoCloseable {
  private final Configuration hadoop;
  private final List<String> outputs;
  private final String work;
  private boolean kept;

  private JobOutputs(Configuration hadoop, List<String> outputs, String work) {
    this.hadoop = hadoop;
    this.outputs = outputs;
    this.work = work;
  }

  /**
   * Claims directories that do not exist yet, none inside another.
   *
   * @param outputs the directories the run leaves when it succeeds
   * @param work a directory the run deletes when it ends, or null
   * @throws Refused naming the first directory that exists or lies inside another
   */
  static JobOutputs claim(Configuration hadoop, List<String> outputs, String work)
      throws IOException, Refused {
    List<String> all = new ArrayList<>(outputs);
    if (work != null) {
      all.add(work);
    }
    List<Path> qualified = new ArrayList<>();
    for (String output : all) {
      Path path = new Path(output);
      if (path.getFileSystem(hadoop).exists(path)) {
        throw new Refused("cannot write " + quote(output) + ": exists: remove it or write"
            + " elsewhere");
      }
      qualified.add(path.getFileSystem(hadoop).makeQualified(path));
    }
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < all.size(); j++) {
        if (i != j && inside(qualified.get(i), qualified.get(j))) {
          throw new Refused("cannot write " + quote(all.get(i)) + ": is inside the other output "
              + quote(all.get(j)));
        }
      }
    }
    return new JobOutputs(hadoop, List.copyOf(outputs), work);
  }

  /** True if the path is the directory or lies under it. */
  private static boolean inside(Path path, Path directory) {
    for (Path above = path; above != null; above = above.getParent()) {
      if (above.equals(directory)) {
        return true;
      }
    }
    return false;
  }

  /** The run succeeded: its outputs stay. */
  void keep() {
    kept = true;
  }

  /**
   * Deletes the work directory, and the outputs unless kept.
   *
   * @throws IOException if one cannot be deleted (the others are)
   */
  @Override
  public void close() throws IOException {
    List<String> doomed = new ArrayList<>(kept ? List.of() : outputs);
    if (work != null) {
      doomed.add(work);
    }
    IOException failure = null;
    for (String directory : doomed) {
      Path path = new Path(directory);
      try {
        path.getFileSystem(hadoop).delete(path, true);
      } catch (IOException e) {
        IOException named = new IOException("could not delete " + quote(directory) + ": "
            + e.getMessage(), e);
        if (failure == null) {
          failure = named;
        } else {
          failure.addSuppressed(named);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
