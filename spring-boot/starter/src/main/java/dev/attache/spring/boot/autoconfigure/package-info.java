/**
 * attache's Spring Boot auto-configuration: the Jackson module on Boot's {@code JsonMapper}
 * ({@code attache.json.*}), the validator, and the reference dataset
 * ({@code attache.reference.enabled}); in a Spring MVC application, problem responses and
 * converters ({@link dev.attache.spring.boot.autoconfigure.web}). Listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, in a
 * package no application scans; every bean steps aside for one the application defines.
 */
package dev.attache.spring.boot.autoconfigure;
