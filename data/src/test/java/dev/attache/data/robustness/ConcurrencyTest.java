package dev.attache.data.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attache.model.PostingStatus;
import dev.attache.common.CountryCode;
import dev.attache.model.Entity;
import dev.attache.model.Party;
import dev.attache.dataset.Dataset;
import dev.attache.data.generate.DatasetGenerator;
import dev.attache.data.generate.GeneratorConfig;
import dev.attache.json.AttacheJson;
import dev.attache.json.NdjsonReader;
import dev.attache.json.NdjsonWriter;
import dev.attache.validation.AttacheValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The mapper, readers, writers, validator and dataset queries used from 8 threads at once give
 * the same answers as one thread.
 */
@Tag("slow")
class ConcurrencyTest {
  private static final int THREADS = 8;

  private static <T> List<T> onEightThreads(Callable<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS * 4; i++) {
        futures.add(pool.submit(work));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void everySharedPieceAnswersTheSameFromEightThreads() throws Exception {
    DatasetGenerator generator = DatasetGenerator.of(GeneratorConfig.builder(21).count(20_000)
        .invalidRate(0.05).build());
    List<Entity> entities = generator.stream().toList();
    AttacheJson json = AttacheJson.strict().withoutValidation();
    java.util.function.Function<Dataset, Callable<String>> workOn = dataset -> () -> {
      StringBuilder answer = new StringBuilder();
      // the mapper and writers
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (NdjsonWriter writer = json.ndjsonWriter(out)) {
        entities.forEach(writer::write);
      }
      answer.append(out.size()).append(' ');
      answer.append(json.mapper().writeValueAsString(entities.get(7)).hashCode()).append(' ');
      // the readers
      try (NdjsonReader reader = json.ndjsonReader(new ByteArrayInputStream(out.toByteArray()))) {
        answer.append(reader.stream().filter(l -> l.entity().isPresent()).count()).append(' ');
      }
      // the validator
      answer.append(entities.stream().mapToInt(e ->
          AttacheValidator.standard().validate(e).size()).sum()).append(' ');
      // the queries, name index built lazily by whichever thread comes first
      answer.append(dataset.search("Khadzhimyrat Khudaygulyev").size()).append(' ');
      answer.append(dataset.postings(CountryCode.of("CN"), LocalDate.of(2025, 6, 1),
          PostingStatus.ACTIVE).size()).append(' ');
      answer.append(dataset.agreementsInForce(Party.state("RU"), Party.state("CN"),
          LocalDate.of(2024, 1, 1)).size()).append(' ');
      answer.append(dataset.timeline(CountryCode.of("RU"), CountryCode.of("TM")).size());
      return answer.toString();
    };
    String alone = workOn.apply(Dataset.of(entities)).call();
    // a fresh dataset: its name index is built by whichever thread searches first
    assertThat(onEightThreads(workOn.apply(Dataset.of(entities)))).containsOnly(alone);
  }
}
