package dev.attache.postgres;

import dev.attache.model.Entity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The rows of an import into an empty store ({@link BulkImport}): each entity's row, with its
 * JSON, and the rows of its facts, made on worker threads in batches and written in the order the
 * entities came, the entities' rows to the {@code COPY} stream and the facts' to their files.
 * Working out facts and writing JSON is most of what the import does per entity besides reading
 * it, and the one thread that streams to the server would otherwise do it all. At most two
 * batches a thread are in flight, so memory stays flat whatever the stream's length.
 */
final class FirstLoadRows implements AutoCloseable {
  private static final int BATCH = 256;

  /** What each worker thread fills again for every entity. */
  private static final ThreadLocal<Facts> FACTS = ThreadLocal.withInitial(Facts::new);
  private static final ThreadLocal<CopyText> ROW = ThreadLocal.withInitial(CopyText::new);

  /** The rows of one batch. */
  private record Batch(ByteArrayOutputStream entities, FactFiles.Rows facts) {}

  private final OutputStream entities;
  private final FactFiles facts;
  private final String changedAt;
  private final int threads;
  private final ExecutorService workers;
  private final ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
  private Entity[] pending = new Entity[BATCH];
  private int size;
  private long seq;

  /**
   * @param entities the stream of {@code COPY} into the entity table
   * @param facts the files of the facts
   * @param changedAt the time of the change of every entity, as text
   * @param threads how many threads make rows
   */
  FirstLoadRows(OutputStream entities, FactFiles facts, String changedAt, int threads) {
    this.entities = entities;
    this.facts = facts;
    this.changedAt = changedAt;
    this.threads = threads;
    this.workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), task -> {
          Thread thread = new Thread(task, "attache-import-rows");
          thread.setDaemon(true); // nothing kept alive by an import that failed
          return thread;
        });
  }

  /** Adds the next valid entity, which gets the next {@code seq}; returns that seq. */
  long add(Entity entity) throws IOException {
    pending[size++] = entity;
    seq++;
    if (size == BATCH) {
      submit();
    }
    return seq;
  }

  /** Writes what is left; call once, after the last entity. */
  void finish() throws IOException {
    if (size > 0) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      writeHead();
    }
  }

  private void submit() throws IOException {
    Entity[] batch = pending;
    int count = size;
    long first = seq - count + 1;
    inFlight.add(workers.submit(() -> rows(batch, count, first)));
    pending = new Entity[BATCH];
    size = 0;
    while (inFlight.size() > 2 * threads) {
      writeHead();
    }
  }

  private Batch rows(Entity[] batch, int count, long first) throws IOException {
    Facts f = FACTS.get();
    CopyText row = ROW.get();
    ByteArrayOutputStream entityRows = new ByteArrayOutputStream(count * 512);
    FactFiles.Rows factRows = new FactFiles.Rows();
    for (int i = 0; i < count; i++) {
      long at = first + i;
      f.of(batch[i]);
      row.clear().number(at).text(f.id).text(f.kind).number(f.kindOrder).text(f.slug)
          .number(1).text(changedAt).text(f.timelineKey).json(batch[i])
          .writeTo(entityRows);
      factRows.add(at, f, row);
    }
    return new Batch(entityRows, factRows);
  }

  private void writeHead() throws IOException {
    Batch batch;
    try {
      batch = inFlight.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while making the rows of an import");
    } catch (ExecutionException e) {
      // what failed while making rows fails here, as it would have in this thread
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    batch.entities().writeTo(entities);
    facts.write(batch.facts());
  }

  /** Stops the workers; rows not written yet are dropped (the import is failing). */
  @Override
  public void close() {
    workers.shutdownNow();
  }
}
