package dev.attache.spring.boot.testapp;

import dev.attache.common.CountryCode;
import dev.attache.common.PartialDate;
import dev.attache.common.QualifiedDate;
import dev.attache.model.Agreement;
import dev.attache.model.Ref;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agreements in memory: create one, get one by id, find by party and date. */
@RestController
@RequestMapping("/agreements")
public class AgreementController {
  private final Map<Ref<Agreement>, Agreement> agreements = new ConcurrentHashMap<>();

  /**
   * Stores a valid agreement.
   *
   * @param agreement the agreement
   * @return 201 with its address
   */
  @PostMapping
  public ResponseEntity<Agreement> create(@Valid @RequestBody Agreement agreement) {
    agreements.put(agreement.getId(), agreement);
    return ResponseEntity.created(URI.create("/agreements/" + agreement.getId()))
        .body(agreement);
  }

  /**
   * Stores several valid agreements at once; Spring's method validation checks each.
   *
   * @param batch the agreements
   * @return how many were stored
   */
  @PostMapping("/batch")
  public Map<String, Integer> createAll(@RequestBody List<@Valid Agreement> batch) {
    batch.forEach(agreement -> agreements.put(agreement.getId(), agreement));
    return Map.of("created", batch.size());
  }

  /**
   * One agreement.
   *
   * @param id its id, which must be an agreement's
   * @return 200 with it, or 404
   */
  @GetMapping("/{id}")
  public ResponseEntity<Agreement> get(@PathVariable Ref<Agreement> id) {
    Agreement agreement = agreements.get(id);
    return agreement == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(agreement);
  }

  /**
   * The agreements a country is party to, proposed on or before a date.
   *
   * @param party the country
   * @param proposedBy the latest proposal date, any precision
   * @param signed a signature date with its qualifier, for the echo only
   * @param limit at most how many
   * @param offset how many to skip
   * @param with a party the agreement must also have, a state or an organization
   * @return the agreements, by id
   */
  @GetMapping
  public Map<String, Object> find(@RequestParam CountryCode party,
      @RequestParam(required = false) dev.attache.model.Party with,
      @RequestParam(required = false) PartialDate proposedBy,
      @RequestParam(required = false) QualifiedDate signed,
      @RequestParam(defaultValue = "10") @Max(100) int limit,
      @RequestParam(name = "from", defaultValue = "0") @Min(0) int offset) {
    List<String> ids = agreements.values().stream()
        .filter(a -> a.getParties().stream().anyMatch(p -> party.equals(p.getState().orElse(null))))
        .filter(a -> with == null || a.getParties().contains(with))
        .filter(a -> proposedBy == null || a.getProposedOn().map(d -> !d.getDate().isCertainlyAfter(proposedBy))
            .orElse(false))
        .map(a -> a.getId().toString()).sorted().skip(offset).limit(limit).toList();
    return Map.of("party", party, "signed", signed == null ? "" : signed.toString(), "ids", ids);
  }
}
