package dev.attache.example.service;

import dev.attache.data.ReferenceDataset;
import dev.attache.postgres.EntityStore;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store: on an embedded PostgreSQL in {@link ServiceProperties#dataDirectory()} when no
 * {@code spring.datasource.url} is set, else on the server it names (through Spring Boot's
 * pool). Either way the reference dataset is loaded into an empty store before the first request.
 */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);
  private static final String NO_URL = "'${spring.datasource.url:}'.isEmpty()";

  /** The embedded server, stopped with the application. */
  @Bean(destroyMethod = "close")
  @ConditionalOnExpression(NO_URL)
  EntityStore embeddedStore(ServiceProperties properties) {
    LOG.info("Starting the embedded PostgreSQL in {}",
        properties.dataDirectory().toAbsolutePath());
    return seeded(EntityStore.embedded(properties.dataDirectory()), properties);
  }

  /**
   * The embedded server's pool as the application's data source: Spring Boot's own then stays
   * out, and the health check ({@code /actuator/health}) asks this database.
   */
  @Bean(destroyMethod = "")
  @ConditionalOnExpression(NO_URL)
  DataSource embeddedDataSource(EntityStore embeddedStore) {
    return embeddedStore.dataSource();
  }

  /** A server of one's own, through the pool Spring Boot makes of {@code spring.datasource.*}. */
  @Bean
  @ConditionalOnProperty("spring.datasource.url")
  EntityStore store(DataSource dataSource, ServiceProperties properties) {
    return seeded(EntityStore.connect(dataSource), properties);
  }

  private static EntityStore seeded(EntityStore store, ServiceProperties properties) {
    try {
      if (properties.loadReference() && store.size() == 0) {
        int count = store.putAll(ReferenceDataset.load().entities()).size();
        LOG.info("Loaded the reference dataset: {} entities", count);
      }
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
