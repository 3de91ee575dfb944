package dev.attache.spark;

import static dev.attache.spark.Refused.quote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.PathFilter;

/**
 * The input paths of a run — files, directories or globs on any Hadoop file system — checked
 * before it starts, as Hadoop's text input will read them: each must match something, and no
 * output may lie where an input would read it.
 */
final class JobInputs {
  /** What Hadoop's text input leaves out of what a path matches: names it takes for hidden. */
  private static final PathFilter VISIBLE = path -> !path.getName().startsWith("_")
      && !path.getName().startsWith(".");

  private final Configuration hadoop;
  private final List<String> given;
  private final List<Path> patterns;

  private JobInputs(Configuration hadoop, List<String> given, List<Path> patterns) {
    this.hadoop = hadoop;
    this.given = given;
    this.patterns = patterns;
  }

  /**
   * Checks that each path matches something to read.
   *
   * @throws Refused naming the first path that matches nothing
   */
  static JobInputs check(Configuration hadoop, List<String> paths) throws IOException, Refused {
    List<Path> patterns = new ArrayList<>();
    for (String path : paths) {
      Path pattern = new Path(path);
      FileSystem fs = pattern.getFileSystem(hadoop);
      FileStatus[] matches = fs.globStatus(pattern, VISIBLE);
      if (matches == null || matches.length == 0) {
        FileStatus[] hidden = fs.globStatus(pattern);
        throw new Refused("no input matches " + quote(path) + (hidden == null
            || hidden.length == 0 ? "" : ": Hadoop skips names that start with _ or ."));
      }
      patterns.add(fs.makeQualified(pattern));
    }
    return new JobInputs(hadoop, paths, patterns);
  }

  /**
   * Refuses an output directory that an input would read: an input, a directory or glob that
   * holds it, or a glob that would match it once it exists. Hadoop lists a directory's files,
   * so the job would read what it writes, and the next run would read the report as input.
   *
   * @throws Refused naming the output and the input
   */
  void refuseInside(String output) throws IOException, Refused {
    Path path = new Path(output);
    Path qualified = path.getFileSystem(hadoop).makeQualified(path);
    for (int i = 0; i < patterns.size(); i++) {
      if (matchesOrUnder(qualified, patterns.get(i))) {
        throw new Refused("cannot write " + quote(output) + ": is inside the input "
            + quote(given.get(i)) + ": write to a directory outside it");
      }
    }
  }

  /**
   * True if the qualified path, or a directory above it, matches the qualified pattern; matched
   * name by name, as Hadoop matches globs, so that a plain path matches only itself.
   */
  private static boolean matchesOrUnder(Path path, Path pattern) throws IOException {
    if (!Objects.equals(path.toUri().getScheme(), pattern.toUri().getScheme())
        || !Objects.equals(path.toUri().getAuthority(), pattern.toUri().getAuthority())) {
      return false;
    }
    Path candidate = path;
    while (candidate.depth() > pattern.depth()) {
      candidate = candidate.getParent();
    }
    if (candidate.depth() != pattern.depth()) {
      return false;
    }
    for (Path name = pattern; !name.isRoot(); name = name.getParent()) {
      if (!new GlobFilter(name.getName()).accept(candidate)) {
        return false;
      }
      candidate = candidate.getParent();
    }
    return true;
  }
}
