/**
 * Whole datasets: {@link dev.attache.dataset.Dataset} holds entities of every kind, checks what no
 * single entity can (ids unique, references resolved, no overlapping posts) and answers questions
 * about them through indexes built once.
 */
package dev.attache.dataset;
