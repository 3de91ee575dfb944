/** AssertJ assertions for the main types of attache and for problems. */
package dev.attache.testing.assertions;
