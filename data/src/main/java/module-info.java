/**
 * attache data: the reference dataset of the five source articles and a seeded generator of
 * synthetic datasets. For production code and tests alike: it depends on nothing but attache
 * itself.
 */
module dev.attache.data {
  requires transitive dev.attache.json;

  exports dev.attache.data;
  exports dev.attache.data.generate;

  // the reference dataset's resource, for whoever wants the document itself
  opens dev.attache.data;
}
