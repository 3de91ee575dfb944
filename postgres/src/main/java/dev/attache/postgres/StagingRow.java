package dev.attache.postgres;

/**
 * The facts of one entity ({@link Facts}) as one row of the staging table, in the order of
 * {@link Staging#COLUMNS}: the 1:n facts as arrays, the facts of one kind null for the others.
 */
final class StagingRow {
  private final Facts facts = new Facts();

  /** A writer of rows; not thread-safe. */
  StagingRow() {}

  /**
   * Writes the row of an entity.
   *
   * @param out the row to fill, cleared first
   * @param line the line or position the entity came from
   * @param entity the entity, valid
   */
  void write(CopyText out, long line, dev.attache.model.Entity entity) {
    Facts f = facts.of(entity);
    out.clear();
    out.number(line).text(f.id).text(f.kind).number(f.kindOrder).text(f.slug)
        .text(f.timelineKey).json(entity)
        .array(f.countries).array(f.pointers).array(f.targets).array(f.expected)
        .array(f.names).array(f.letters).array(f.keys).array(f.words);
    if (f.postingHost != null) {
      out.text(f.postingHost).text(f.postingStatus).text(f.postingService)
          .text(f.postingArrival).range(f.daysOn).range(f.daysThere);
    } else {
      out.nul().nul().nul().nul().nul().nul();
    }
    if (f.daysInForce != null) {
      out.range(f.daysInForce).array(f.parties);
    } else {
      out.nul().nul();
    }
    if (f.organization != null) {
      out.text(f.organization).bool(f.singleHolder).text(f.postKey).text(f.period)
          .range(f.daysPossible).range(f.daysCertain).array(f.roleKeys);
    } else {
      out.nul().nul().nul().nul().nul().nul().nul();
    }
    if (f.commissionPeriod != null) {
      out.date(f.commissionStartsFrom).date(f.commissionEndsBy).text(f.commissionPeriod);
    } else {
      out.nul().nul().nul();
    }
    if (f.sessionCommission != null) {
      out.text(f.sessionCommission).date(f.sessionEarliest).date(f.sessionLatest)
          .text(f.sessionDate);
    } else {
      out.nul().nul().nul().nul();
    }
    out.text(f.parent);
  }
}
