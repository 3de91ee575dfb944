/** A consumer of attache: what a user's own module declares. */
module dev.attache.example.consumer {
  // transitive: this module's API returns attache types (CountryCode, Problem)
  requires transitive dev.attache.data;

  exports dev.attache.example.consumer;
}
