package dev.attache.cli;

import dev.attache.model.AttachePosting;
import dev.attache.model.Duty;
import dev.attache.common.CountryCode;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Agreement;
import dev.attache.dataset.Dataset;
import dev.attache.dataset.TimelineEntry;
import dev.attache.model.Indicator;
import dev.attache.json.AttacheJson;
import dev.attache.model.Source;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report of a dataset: counts by kind, the attaché network, agreements, indicators and, for two
 * countries, their timeline. The same content as text for a terminal or as JSON for machines. Long
 * sections stop after {@code limit} rows and say how many more there are.
 */
final class Report {
  private final String title;
  private final Dataset dataset;
  private final List<CountryCode> between;
  private final int limit;

  Report(String title, Dataset dataset, List<CountryCode> between, int limit) {
    this.title = title;
    this.dataset = dataset;
    this.between = between;
    this.limit = limit;
  }

  private List<AttachePosting> postings() {
    return dataset.postings().stream()
        .sorted(Comparator.comparing((AttachePosting p) -> p.getHostCountry())
            .thenComparing(AttachePosting::getStatus).thenComparing(AttachePosting::getId))
        .toList();
  }

  private List<Agreement> agreements() {
    return dataset.agreements().stream()
        .sorted(Comparator.comparing(Agreement::getStatus).thenComparing(Agreement::getId))
        .toList();
  }

  private List<TimelineEntry> timeline() {
    return between.isEmpty() ? List.of() : dataset.timeline(between.get(0), between.get(1));
  }

  private static String words(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The posting's duties; when it names none, those of its service. */
  private java.util.Set<Duty> dutiesOf(AttachePosting posting) {
    if (!posting.getDuties().isEmpty()) {
      return posting.getDuties();
    }
    return dataset.get(posting.getService()).map(s -> s.getDuties())
        .orElse(java.util.Set.of());
  }

  private String duties(AttachePosting posting) {
    return dutiesOf(posting).stream().map(Report::words).collect(Collectors.joining(", "));
  }

  private static String cite(List<Source> sources) {
    return sources.stream().map(Report::cite).collect(Collectors.joining("; "));
  }

  private static String cite(Source source) {
    String outlet = source.getOutlet().map(Printable::of).orElse("no outlet");
    return outlet + source.getPublishedOn().map(d -> ", " + d).orElse(", undated");
  }

  /** What an entity is called, as one safe line: names, titles and summaries come from the data. */
  private static String label(Entity entity) {
    return Printable.of(entity.label());
  }

  // ---------------------------------------------------------------- text

  void text(PrintWriter out) {
    out.printf("%s: %d entities%n", title, dataset.size());
    out.println();
    out.println("Entities by kind");
    for (Map.Entry<EntityKind, Integer> count : dataset.countByKind().entrySet()) {
      out.printf("  %-20s %8d%n", words(count.getKey()), count.getValue());
    }
    out.println();
    out.println("Attaché network (host country, status, arrival, duties)");
    List<AttachePosting> postings = postings();
    for (AttachePosting posting : postings.subList(0, Math.min(limit, postings.size()))) {
      String when = posting.getArrival().or(posting::getPlannedArrival).map(Object::toString)
          .orElse("-");
      out.printf("  %-3s %-12s %-14s %s%n", posting.getHostCountry(), words(posting.getStatus()),
          when, duties(posting));
    }
    more(out, postings.size());
    out.println();
    out.println("Agreements (status, signed, parties, title)");
    List<Agreement> agreements = agreements();
    for (Agreement agreement : agreements.subList(0, Math.min(limit, agreements.size()))) {
      out.printf("  %-12s %-10s %-28s %s%n", words(agreement.getStatus()),
          agreement.getSignedOn().map(Object::toString).orElse("-"),
          agreement.getParties().stream().map(Object::toString).collect(Collectors.joining(", ")),
          Printable.of(agreement.getTitle().getPrimary()));
    }
    more(out, agreements.size());
    out.println();
    out.println("Indicators (subject, metric, value, as of)");
    List<Indicator> indicators = dataset.indicators();
    for (Indicator indicator : indicators.subList(0, Math.min(limit, indicators.size()))) {
      out.printf("  %-10s %-36s %-10s %s%n", indicator.getSubject(),
          indicator.getLabel().map(l -> Printable.of(l.getPrimary()))
              .orElse(words(indicator.getMetric())),
          indicator.getValue(), indicator.getAsOf().map(Object::toString).orElse("-"));
    }
    more(out, indicators.size());
    if (!between.isEmpty()) {
      out.println();
      out.printf("Timeline %s–%s (date, entity, sources)%n", between.get(0), between.get(1));
      List<TimelineEntry> timeline = timeline();
      for (TimelineEntry entry : timeline.subList(0, Math.min(limit, timeline.size()))) {
        out.printf("  %-10s %s%n", entry.date(), label(entry.entity()));
        out.printf("  %-10s   %s [%s]%n", "", entry.entity().getId(), cite(entry.sources()));
      }
      more(out, timeline.size());
    }
  }

  private void more(PrintWriter out, int size) {
    if (size == 0) {
      out.println("  (none)");
    } else if (size > limit) {
      out.printf("  … and %d more (--limit to show more)%n", size - limit);
    }
  }

  // ---------------------------------------------------------------- json

  ObjectNode json() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode report = nodes.objectNode();
    report.put("dataset", title);
    report.put("entities", dataset.size());
    ObjectNode counts = report.putObject("counts");
    dataset.countByKind().forEach((kind, count) -> counts.put(AttacheJson.typeName(kind), count));
    ArrayNode network = report.putArray("postings");
    for (AttachePosting posting : postings()) {
      ObjectNode row = network.addObject();
      row.put("id", posting.getId().toString());
      row.put("hostCountry", posting.getHostCountry().toString());
      row.put("status", posting.getStatus().name());
      posting.getArrival().ifPresent(a -> row.put("arrival", a.toString()));
      posting.getPlannedArrival().ifPresent(a -> row.put("plannedArrival", a.toString()));
      ArrayNode duties = row.putArray("duties");
      dutiesOf(posting).stream().map(Duty::name).forEach(duties::add);
    }
    ArrayNode agreementRows = report.putArray("agreements");
    for (Agreement agreement : agreements()) {
      ObjectNode row = agreementRows.addObject();
      row.put("id", agreement.getId().toString());
      row.put("title", agreement.getTitle().getPrimary());
      row.put("status", agreement.getStatus().name());
      agreement.getSignedOn().ifPresent(d -> row.put("signedOn", d.toString()));
      ArrayNode parties = row.putArray("parties");
      agreement.getParties().forEach(p -> parties.add(p.toString()));
    }
    ArrayNode indicatorRows = report.putArray("indicators");
    for (Indicator indicator : dataset.indicators()) {
      ObjectNode row = indicatorRows.addObject();
      row.put("id", indicator.getId().toString());
      row.put("subject", indicator.getSubject().toString());
      row.put("metric", indicator.getMetric().name());
      row.put("value", indicator.getValue().toString());
      indicator.getAsOf().ifPresent(d -> row.put("asOf", d.toString()));
    }
    if (!between.isEmpty()) {
      ArrayNode rows = report.putArray("timeline");
      for (TimelineEntry entry : timeline()) {
        ObjectNode row = rows.addObject();
        row.put("date", entry.date().toString());
        row.put("id", entry.entity().getId().toString());
        row.put("label", entry.entity().label()); // as it is: JSON escapes what it must
        ArrayNode sources = row.putArray("sources");
        entry.sources().forEach(s -> sources.add(s.getId().toString()));
      }
    }
    return report;
  }
}
