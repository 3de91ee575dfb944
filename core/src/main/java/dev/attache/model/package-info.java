/**
 * The entities of international digital cooperation, and what identifies and links them.
 *
 * <p>Every entity implements {@link dev.attache.model.Entity}: an id ({@link
 * dev.attache.model.Ref}, {@code kind:slug}), the sources its facts come from, notes. The kinds
 * ({@link dev.attache.model.EntityKind}): {@link dev.attache.model.Source}, {@link
 * dev.attache.model.Organization}, {@link dev.attache.model.Person}, {@link
 * dev.attache.model.Membership}, {@link dev.attache.model.AttacheService}, {@link
 * dev.attache.model.AttachePosting}, {@link dev.attache.model.ExportDeal}, {@link
 * dev.attache.model.Agreement}, {@link dev.attache.model.Commission}, {@link
 * dev.attache.model.CommissionSession}, {@link dev.attache.model.Strategy}, {@link
 * dev.attache.model.Project}, {@link dev.attache.model.TrainingProgram}, {@link
 * dev.attache.model.InformationSystem}, {@link dev.attache.model.Event} and {@link
 * dev.attache.model.Indicator}, each an immutable value with a builder and {@code with…} copies,
 * with its catalogues (enums) beside it. Each entity's cross-field rules are one class-level
 * constraint beside it ({@code AgreementRules}, …).
 *
 * <p>One package, because the domain is one graph: an agreement names organizations, a posting its
 * service, everything its sources; split into packages, the kinds referred to each other in
 * circles.
 *
 * <p><b>API.</b> The seventeen entities and their builders, {@code Entity}, {@code EntityKind},
 * {@code Ref}, {@code Reference}, {@code Named}, {@code Party}, the catalogues (enums) and the
 * rule annotations. Every public type and member here is attache's API: from 1.0 on it changes
 * only in compatible ways (the build compares it with the last release); what users need not see
 * is in packages that are not exported.
 */
@AttacheStyle
package dev.attache.model;

import dev.attache.internal.AttacheStyle;
