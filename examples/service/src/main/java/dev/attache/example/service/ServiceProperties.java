package dev.attache.example.service;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's own settings, {@code attache.service.*}.
 *
 * @param dataDirectory where the embedded PostgreSQL keeps its data, kept between runs; relative
 *     to the working directory unless absolute. Unused when {@code spring.datasource.url} names a
 *     server of one's own.
 * @param loadReference whether to load the reference dataset into an empty store at start
 * @param maxExports how many NDJSON exports may run at once; each holds a database connection for
 *     as long as its client takes to read it, so the others are kept for every other request (the
 *     embedded store's pool has 4). One more is refused with 503 and {@code Retry-After}.
 */
@ConfigurationProperties("attache.service")
public record ServiceProperties(
    @DefaultValue("attache-service-data") Path dataDirectory,
    @DefaultValue("true") boolean loadReference,
    @DefaultValue("2") int maxExports) {}
