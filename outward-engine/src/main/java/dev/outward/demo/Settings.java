package dev.outward.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate. The same settings always give the same file, byte for byte.
 *
 * @param customers how many customers (accounts), at least 1
 * @param months how many months of events, 1 to 120, starting on {@code start}
 * @param seed the seed all randomness is derived from
 * @param start the first day of the period (UTC)
 * @param rates how often things happen
 */
public record Settings(int customers, int months, long seed, LocalDate start, Rates rates) {
    public static final int MOST_CUSTOMERS = 10_000_000;
    public static final int MOST_MONTHS = 120;

    public Settings {
        if (customers < 1 || customers > MOST_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be between 1 and " + MOST_CUSTOMERS + ", got " + customers);
        }
        if (months < 1 || months > MOST_MONTHS) {
            throw new IllegalArgumentException("months must be between 1 and " + MOST_MONTHS + ", got " + months);
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(rates, "rates");
    }

    /** 20,000 customers over the twelve months of 2026. */
    public static Settings defaults() {
        return new Settings(20_000, 12, 1L, LocalDate.of(2026, 1, 1), Rates.defaults());
    }

    public Settings withCustomers(int customers) {
        return new Settings(customers, months, seed, start, rates);
    }

    public Settings withMonths(int months) {
        return new Settings(customers, months, seed, start, rates);
    }

    public Settings withSeed(long seed) {
        return new Settings(customers, months, seed, start, rates);
    }

    public Settings withStart(LocalDate start) {
        return new Settings(customers, months, seed, start, rates);
    }

    public Settings withRates(Rates rates) {
        return new Settings(customers, months, seed, start, rates);
    }
}
