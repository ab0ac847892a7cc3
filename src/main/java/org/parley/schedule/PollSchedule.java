package org.parley.schedule;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a source is polled: at a fixed interval, starting as soon as the server is up, or at the times a cron
 * expression names. Cron expressions have the Quartz syntax that Quarkus's {@code @Scheduled(cron = …)} takes
 * by default (seconds first: {@code 0 0/15 * * * ?} is every quarter of an hour), parsed by the same library
 * (cron-utils), and are read in the server's time zone.
 */
sealed interface PollSchedule {

    /** The first poll after the server starts at {@code start}. */
    Instant first(Instant start);

    /** The poll after one that ended at {@code after}. */
    Instant next(Instant after);

    /** How the status page shows it. */
    String describe();

    /** The source's schedule from its configuration: {@code cron} when given, else {@code every}. */
    static PollSchedule of(String key, Optional<String> cron, Duration every) {
        if (cron.isPresent()) {
            return Cron.parse(key + ".cron", cron.get(), ZoneId.systemDefault());
        }
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException(key + ".every must be positive, not " + every);
        }
        return new Every(every);
    }

    record Every(Duration every) implements PollSchedule {
        @Override
        public Instant first(Instant start) {
            return start;
        }

        @Override
        public Instant next(Instant after) {
            return after.plus(every);
        }

        @Override
        public String describe() {
            return "every " + every.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Cron(String expression, ExecutionTime times, ZoneId zone) implements PollSchedule {
        private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

        static Cron parse(String key, String expression, ZoneId zone) {
            com.cronutils.model.Cron cron;
            try {
                cron = QUARTZ.parse(expression.strip()).validate();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + " is not a Quartz cron expression (seconds minutes hours"
                        + " day-of-month month day-of-week [year]): " + expression + ": " + e.getMessage(), e);
            }
            return new Cron(expression.strip(), ExecutionTime.forCron(cron), zone);
        }

        @Override
        public Instant first(Instant start) {
            return next(start);
        }

        /** The next time the expression names; an expression that names no more times (a past year) means never. */
        @Override
        public Instant next(Instant after) {
            return times.nextExecution(after.atZone(zone)).map(t -> t.toInstant()).orElse(Instant.MAX);
        }

        @Override
        public String describe() {
            return "cron " + expression;
        }
    }
}
