/**
 * Collection of customer events sent by Segment-style SDKs: their calls become Outward events, are made durable in a
 * write-ahead log before they are acknowledged, and are applied to the store in batches without ever counting twice.
 */
package dev.outward.collect;
