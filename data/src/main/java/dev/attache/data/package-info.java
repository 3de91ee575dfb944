/** The reference dataset of attache. */
package dev.attache.data;
