package dev.attache.example.service;

import dev.attache.common.CountryCode;
import dev.attache.common.PartialDate;
import dev.attache.dataset.TimelineEntry;
import dev.attache.model.Agreement;
import dev.attache.model.AttachePosting;
import dev.attache.model.CooperationArea;
import dev.attache.model.Entity;
import dev.attache.model.EntityKind;
import dev.attache.model.Membership;
import dev.attache.model.Organization;
import dev.attache.model.Party;
import dev.attache.model.PostingStatus;
import dev.attache.model.Ref;
import dev.attache.model.Source;
import dev.attache.postgres.EntityStore;
import dev.attache.validation.Problem;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The questions {@code Dataset} answers, asked of the store in SQL: the same answers on the same
 * data. Dates are ISO days ({@code 2025-06-01}); without one, today (UTC).
 */
@RestController
class QuestionController {
  private final EntityStore store;

  QuestionController(EntityStore store) {
    this.store = store;
  }

  /** Agreements in force between two parties on a day, and the areas they cover. */
  record InForce(Party a, Party b, LocalDate date, List<Agreement> agreements,
      Set<CooperationArea> areas) {}

  /** A dated entry of a timeline, with the ids of the sources it cites. */
  record TimelineView(PartialDate date, Entity entity, List<Ref<Source>> sources) {
    static TimelineView of(TimelineEntry entry) {
      return new TimelineView(entry.date(), entry.entity(),
          entry.sources().stream().map(Source::getId).toList());
    }
  }

  /** The integrity problems of everything stored. */
  record Integrity(int problemCount, List<Problem> problems) {}

  /**
   * Postings in a host country that may be on a day, with the statuses given (any if none). A
   * blank status ({@code status=}, {@code status=%20}, {@code status=PLANNED,}) is a 400 naming
   * the parameter: Spring would read it as {@code null}, or as no status at all.
   */
  @GetMapping("/postings")
  List<AttachePosting> postings(@RequestParam("host") CountryCode host,
      @RequestParam(name = "date", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
      @RequestParam(name = "status", required = false) List<PostingStatus> status,
      WebRequest request) {
    requireNoBlank(request, "status");
    PostingStatus[] statuses = status == null ? new PostingStatus[0]
        : status.toArray(PostingStatus[]::new);
    return store.postings(host, dayOr(date), statuses);
  }

  /** Agreements between two parties (states such as {@code RU}, or {@code org:…}) in force. */
  @GetMapping("/agreements/in-force")
  InForce agreementsInForce(@RequestParam("a") Party a, @RequestParam("b") Party b,
      @RequestParam(name = "date", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    LocalDate day = dayOr(date);
    return new InForce(a, b, day, store.agreementsInForce(a, b, day),
        store.areasInForce(a, b, day));
  }

  /** What happened between two countries, in date order. */
  @GetMapping("/timeline")
  List<TimelineView> timeline(@RequestParam("a") CountryCode a,
      @RequestParam("b") CountryCode b) {
    return store.timeline(a, b).stream().map(TimelineView::of).toList();
  }

  /** Who held a post (a role's name in any language or spelling) in an organization on a day. */
  @GetMapping("/holders")
  List<Membership> holders(@RequestParam("organization") Ref<Organization> organization,
      @RequestParam("role") String role,
      @RequestParam(name = "date", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
    return store.holders(organization, role, dayOr(date));
  }

  /** Everything that refers to an entity. */
  @GetMapping("/involving/{id}")
  List<Entity> involving(@PathVariable("id") Ref<?> id) {
    return store.involving(id);
  }

  /** Entities by name or alias in any language or romanization, closest first. */
  @GetMapping("/search")
  List<? extends Entity> search(@RequestParam("name") String name,
      @RequestParam(name = "kind", required = false) EntityKind kind) {
    return kind == null ? store.search(name) : store.search(name, kind.getType());
  }

  /** The dataset's integrity problems: dangling references, overlaps, duplicates. */
  @GetMapping("/integrity")
  Integrity integrity(Locale locale) {
    List<Problem> problems = store.checkIntegrity(locale);
    return new Integrity(problems.size(), problems);
  }

  /**
   * Refuses a blank value of a parameter, or a blank part of one value split at its commas as
   * Spring splits a list given in one value.
   */
  private static void requireNoBlank(WebRequest request, String name) {
    String[] values = request.getParameterValues(name);
    if (values == null) {
      return;
    }
    for (String value : values) {
      String[] parts = values.length == 1 ? value.split(",", -1) : new String[] {value};
      for (String part : parts) {
        if (part.isBlank()) {
          throw new BlankParameterException(name, value);
        }
      }
    }
  }

  /** A request parameter given a value that shows nothing: 400. */
  static final class BlankParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final String value;

    BlankParameterException(String parameter, String value) {
      super("the parameter " + parameter + " has a blank value");
      this.parameter = parameter;
      this.value = value;
    }

    String parameter() {
      return parameter;
    }

    String value() {
      return value;
    }
  }

  private static LocalDate dayOr(LocalDate date) {
    return date != null ? date : LocalDate.now(ZoneOffset.UTC);
  }
}
