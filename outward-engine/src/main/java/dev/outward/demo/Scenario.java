package dev.outward.demo;

/** What every customer's simulation shares: the settings, the months, and where and when outages strike. */
record Scenario(Settings settings, Period period, Timestamps timestamps, Outages outages) {

    static Scenario of(Settings settings) {
        Period period = Period.of(settings.start(), settings.months());
        return new Scenario(settings, period, new Timestamps(period), Outages.plan(settings, period));
    }

    Rates rates() {
        return settings.rates();
    }
}
