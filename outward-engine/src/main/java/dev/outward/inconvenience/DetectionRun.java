package dev.outward.inconvenience;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What one detection run did; also a row of the {@code detection_runs} table.
 *
 * @param mode      what actually ran: an incremental request runs full when there is no earlier run to continue
 * @param why       why it ran that way ({@code requested}, {@code first run}, {@code rules changed}, {@code no new events}…)
 * @param from      inconveniences counted on events at or after this were recomputed; empty for a full run
 * @param removed   the inconveniences the run deleted: a full run's all it found before, an incremental run's those it
 *                  no longer finds as they were
 * @param added     the inconveniences the run inserted: a full run's all it found, an incremental run's those not
 *                  stored as they are
 * @param lastBatch the last import batch the run saw; the next incremental run starts after it
 * @param byRule    inconveniences stored per active rule after the run, zeros included
 */
public record DetectionRun(int run, Instant startedAt, DetectionMode mode, String why, Optional<Instant> from,
                           long removed, long added, long total, Duration duration, int lastBatch,
                           Map<RuleId, Long> byRule) {
}
