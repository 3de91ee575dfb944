package dev.attache.dataset;

import dev.attache.Examples;
import dev.attache.common.CountryCode;
import dev.attache.model.Entity;
import dev.attache.common.Names;
import dev.attache.model.Ref;
import dev.attache.model.Organization;
import dev.attache.model.OrganizationKind;
import java.util.ArrayList;
import java.util.List;

/** Hand-built datasets for the dataset tests. */
final class Datasets {
  private Datasets() {}

  static Organization organization(Ref<Organization> id, String name, OrganizationKind kind,
      CountryCode country) {
    Organization.Builder builder = Organization.builder().id(id).addSources(Examples.ARTICLE)
        .names(Names.of(name)).kind(kind);
    if (country != null) {
      builder.country(country);
    }
    return builder.build();
  }

  /** One entity of every kind and everything they refer to: a dataset with no problem. */
  static List<Entity> valid() {
    List<Entity> entities = new ArrayList<>(Examples.all());
    entities.add(organization(Examples.AGENCY, "Turkmenaragatnashyk Agency",
        OrganizationKind.AGENCY, Examples.TM));
    entities.add(organization(Examples.UNDP, "United Nations Development Programme",
        OrganizationKind.INTERNATIONAL_ORGANIZATION, null));
    entities.add(organization(Examples.INNOPOLIS, "Innopolis University",
        OrganizationKind.UNIVERSITY, Examples.RU));
    entities.add(organization(Ref.of(Organization.class, "tm-ministry-of-communications"),
        "Ministry of Communications of Turkmenistan", OrganizationKind.MINISTRY, Examples.TM));
    entities.add(organization(Ref.of(Organization.class, "ru-digital-ministry"),
        "Ministry of Digital Development of Russia", OrganizationKind.MINISTRY, Examples.RU));
    entities.add(organization(Ref.of(Organization.class, "ru-software-company"),
        "A Russian software company", OrganizationKind.COMPANY, Examples.RU));
    return entities;
  }

  static Dataset with(Entity... more) {
    List<Entity> entities = new ArrayList<>(valid());
    entities.addAll(List.of(more));
    return Dataset.of(entities);
  }
}
