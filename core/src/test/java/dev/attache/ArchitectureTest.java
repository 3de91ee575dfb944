package dev.attache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The packages of core form layers, as jdeps sees the compiled classes: no package depends on
 * itself through others, and {@code common} (the building blocks) knows nothing of the entities.
 */
class ArchitectureTest {
  private static final Pattern EDGE = Pattern.compile(
      "^\\s+(dev\\.attache\\.[\\w.]+)\\s+->\\s+(dev\\.attache\\.[\\w.]+)\\s", Pattern.MULTILINE);

  /** The package dependencies among core's own packages, from jdeps. */
  private static Map<String, Set<String>> packageGraph() {
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
    StringWriter out = new StringWriter();
    String modulePath = System.getProperty("jdk.module.path", "");
    List<String> args = new ArrayList<>(List.of("-verbose:package", "-filter:none"));
    if (!modulePath.isEmpty()) {
      args.addAll(List.of("--module-path", modulePath));
    }
    args.add(Path.of("target", "classes").toAbsolutePath().toString());
    int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
    assertThat(status).as(out.toString()).isZero();
    Map<String, Set<String>> graph = new TreeMap<>();
    Matcher edge = EDGE.matcher(out.toString());
    while (edge.find()) {
      graph.computeIfAbsent(edge.group(1), p -> new TreeSet<>());
      if (!edge.group(1).equals(edge.group(2))) {
        graph.get(edge.group(1)).add(edge.group(2));
      }
    }
    return graph;
  }

  @Test
  void thePackagesOfCoreHaveNoCycle() {
    Map<String, Set<String>> graph = packageGraph();
    assertThat(graph).containsKeys("dev.attache.common", "dev.attache.model",
        "dev.attache.dataset", "dev.attache.validation");
    assertThat(cycles(graph)).as("packages that reach themselves through others").isEmpty();
  }

  @Test
  void theBuildingBlocksKnowNothingOfTheEntities() {
    assertThat(packageGraph().get("dev.attache.common"))
        .noneMatch(p -> p.startsWith("dev.attache.model") || p.startsWith("dev.attache.dataset")
            || p.startsWith("dev.attache.validation"));
  }

  @Test
  void theInternalHelpersDependOnNothingOfTheLibrary() {
    assertThat(packageGraph().get("dev.attache.internal")).isEmpty();
  }

  /** The strongly connected components of more than one package (Tarjan). */
  private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    List<String> stack = new ArrayList<>();
    List<Set<String>> found = new ArrayList<>();
    int[] counter = {0};
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, graph, index, low, stack, found, counter);
      }
    }
    return found;
  }

  private static void connect(String node, Map<String, Set<String>> graph,
      Map<String, Integer> index, Map<String, Integer> low, List<String> stack,
      List<Set<String>> found, int[] counter) {
    index.put(node, counter[0]);
    low.put(node, counter[0]++);
    stack.add(node);
    for (String next : graph.getOrDefault(node, Set.of())) {
      if (!index.containsKey(next)) {
        connect(next, graph, index, low, stack, found, counter);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (stack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      Set<String> component = new TreeSet<>();
      String member;
      do {
        member = stack.remove(stack.size() - 1);
        component.add(member);
      } while (!member.equals(node));
      if (component.size() > 1) {
        found.add(component);
      }
    }
  }
}
