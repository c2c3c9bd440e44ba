/**
 * The shared kernel every module stores into: one embedded DuckDB file in the data directory.
 */
package dev.outward.store;
