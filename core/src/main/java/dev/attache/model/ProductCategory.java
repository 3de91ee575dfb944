package dev.attache.model;

/** What an {@link ExportDeal} sells. */
public enum ProductCategory {
  /** Radio-electronic products: electronic components, devices and equipment. */
  RADIO_ELECTRONICS,
  /** Software products and their licences. */
  SOFTWARE,
  /** IT services: development, integration, implementation, support, consulting. */
  IT_SERVICES,
  /** Telecommunications equipment: network and communications hardware. */
  TELECOMMUNICATIONS_EQUIPMENT,
  /** Information systems for government bodies: e-government, data interchange, registers. */
  GOVERNMENT_INFORMATION_SYSTEMS,
  /** Education and training: courses and programmes for specialists. */
  EDUCATION_AND_TRAINING,
  /** Anything else; the deal's description may say what. */
  OTHER
}
