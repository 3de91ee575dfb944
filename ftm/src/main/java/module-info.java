/**
 * attache ftm: attache entities as FollowTheMoney entities and statements, so that the data reach
 * Aleph, OpenSanctions and yente without a hand-written converter.
 */
module dev.attache.ftm {
  requires transitive dev.attache.json;

  exports dev.attache.ftm;
}
