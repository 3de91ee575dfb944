/**
 * The example service: the PostgreSQL store behind a REST API, with the Spring Boot starter
 * doing the JSON and the problems.
 */
package dev.attache.example.service;
