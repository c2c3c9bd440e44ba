package dev.outward.web;

import java.text.NumberFormat;
import java.util.OptionalDouble;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Numbers as pages show them, in the reader's locale: grouped, few decimals, "–" for an unknown ratio. */
@Component
class Numbers {

    static final String UNKNOWN = "–";

    String integer(long value) {
        return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
    }

    String decimal(double value, int digits) {
        var format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(digits);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    String decimal(OptionalDouble value, int digits) {
        return value.isPresent() ? decimal(value.getAsDouble(), digits) : UNKNOWN;
    }

    /** A fraction (0.1234) as "12.3 %". */
    String percent(OptionalDouble fraction) {
        return fraction.isPresent() ? decimal(fraction.getAsDouble() * 100, 1) + " %" : UNKNOWN;
    }

    /** A tile for a ratio: shown with {@code digits} decimals, raw value empty when unknown. */
    Tile tile(String id, String label, OptionalDouble value, int digits) {
        return new Tile(id, label, decimal(value, digits), value.isPresent() ? value.getAsDouble() : "", null);
    }

    static OptionalDouble ratio(long numerator, long denominator) {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }
}
