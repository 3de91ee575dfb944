package dev.attache.attache;

/** What an {@link ExportDeal} sells. */
public enum ProductCategory {
  RADIO_ELECTRONICS,
  SOFTWARE,
  IT_SERVICES,
  TELECOMMUNICATIONS_EQUIPMENT,
  GOVERNMENT_INFORMATION_SYSTEMS,
  EDUCATION_AND_TRAINING,
  OTHER
}
