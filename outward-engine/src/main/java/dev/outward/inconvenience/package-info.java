/**
 * Inconveniences: every time a real customer is inconvenienced, counted by rules and traced to an IT service.
 * <p>
 * The API: {@link dev.outward.inconvenience.RuleCatalog} (the built-in YAML catalog with the data directory's
 * {@code rules.yaml} over it), {@link dev.outward.inconvenience.Detection} (full or incremental runs that compile the
 * catalog to SQL and keep the {@code inconveniences} table), {@link dev.outward.inconvenience.Report} and
 * {@link dev.outward.inconvenience.ReportFormats} (the report contract), and
 * {@link dev.outward.inconvenience.Explanation} (a customer's timeline with evidence). The SQL passes, the YAML
 * reading and the run log are package-private. ARCHITECTURE.md explains how rules compile and runs stay incremental.
 */
package dev.outward.inconvenience;
