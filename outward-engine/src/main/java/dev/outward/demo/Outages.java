package dev.outward.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where and when the network or the grid goes down. Planned before any customer is simulated, from its own random
 * stream, so every customer sees the same outages whichever thread simulates them.
 */
final class Outages {
    private static final String[] GRID_CAUSES = {"storm damage", "cable fault", "substation fault"};
    private static final String[] NETWORK_CAUSES = {"fibre cut", "equipment failure", "power loss at exchange"};
    private static final String PLANNED = "planned maintenance";

    /** One outage; {@code service} is "grid" or "network". */
    record Outage(int area, long start, long end, String service, String cause) {
        long hours() {
            return (end - start) / Times.HOUR;
        }
    }

    private final List<Outage> all;
    private final Outage[][] byArea;

    private Outages(List<Outage> all, Outage[][] byArea) {
        this.all = all;
        this.byArea = byArea;
    }

    static Outages plan(Settings settings, Period period) {
        SplittableRandom random = Draw.stream(settings.seed(), -1);
        List<Outage> all = new ArrayList<>();
        Outage[][] byArea = new Outage[Areas.count()][];
        for (int area = 0; area < Areas.count(); area++) {
            List<Outage> here = new ArrayList<>();
            for (int month = 0; month < period.months(); month++) {
                int count = Draw.poisson(random, settings.rates().outagesPerAreaMonth());
                for (int i = 0; i < count; i++) {
                    here.add(draw(random, area, period.monthStart(month), period.monthEnd(month)));
                }
            }
            here.sort((a, b) -> Long.compare(a.start(), b.start()));
            byArea[area] = here.toArray(Outage[]::new);
            all.addAll(here);
        }
        return new Outages(all, byArea);
    }

    private static Outage draw(SplittableRandom random, int area, long from, long to) {
        String service = Draw.chance(random, 0.55) ? "network" : "grid";
        if (Draw.chance(random, 0.15)) {
            long start = Times.someday(random, from, to, 0, 3);
            return new Outage(area, start, start + Draw.between(random, 2 * Times.HOUR, 4 * Times.HOUR), service, PLANNED);
        }
        long start = Draw.between(random, from, to);
        long length = (long) Math.min(3 * Times.DAY, Draw.skewed(random, 2 * Times.HOUR, 0.9)) + 10 * Times.MINUTE;
        String cause = Draw.pick(random, "grid".equals(service) ? GRID_CAUSES : NETWORK_CAUSES);
        return new Outage(area, start, start + length, service, cause);
    }

    /** Outages in one area, earliest first. */
    Outage[] in(int area) {
        return byArea[area];
    }

    void writeTo(Timeline timeline) {
        timeline.begin(null);
        for (Outage outage : all) {
            timeline.add(EventType.OUTAGE, outage.start()).service(outage.service()).reason(outage.cause())
                    .attr("area", Areas.name(outage.area())).time("end", outage.end()).end();
        }
    }
}
