/**
 * A demo company: writes a deterministic, realistic year of customer events of an energy and telecom retailer in the
 * Outward event format, so Outward can be tried, tested and benchmarked without anyone's real data.
 *
 * <p>{@link dev.outward.demo.DemoCompany} is the whole API; everything else here is package-private. Each customer is
 * simulated on its own random stream (derived from the seed and the customer's index), so customers can be generated
 * on several threads and the file is still byte-for-byte the same for the same {@link dev.outward.demo.Settings}.
 */
package dev.outward.demo;
