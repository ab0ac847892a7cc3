package org.parley.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date known to the day, the month or only the year, as news text gives it.
 *
 * @param year  the year
 * @param month 1..12, or empty when only the year is known
 * @param day   1..31, or empty when only the month (or year) is known
 */
public record PartialDate(int year, Optional<Integer> month, Optional<Integer> day) {
    public PartialDate {
        if (month.isEmpty() && day.isPresent()) {
            throw new IllegalArgumentException("a day without a month");
        }
        if (day.isPresent()) {
            LocalDate.of(year, month.get(), day.get());
        } else if (month.isPresent()) {
            YearMonth.of(year, month.get());
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), Optional.of(date.getMonthValue()), Optional.of(date.getDayOfMonth()));
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.getYear(), Optional.of(month.getMonthValue()), Optional.empty());
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, Optional.empty(), Optional.empty());
    }

    /** ISO 8601 at the known precision: {@code 2026-01-23}, {@code 2026-01} or {@code 2026}. */
    public String iso() {
        if (day.isPresent()) {
            return LocalDate.of(year, month.get(), day.get()).toString();
        }
        return month.map(m -> YearMonth.of(year, m).toString()).orElse(String.format("%04d", year));
    }

    @Override
    public String toString() {
        return iso();
    }
}
