/**
 * Customer events: the Outward event format, the DuckDB event store, and importing files into it without losing a row.
 */
package dev.outward.events;
