package org.parley.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollScheduleTest {
    private static final Instant T = Instant.parse("2024-05-14T08:07:30Z");

    @Test
    void anIntervalPollsAtOnceAndThenEveryInterval() {
        PollSchedule s = PollSchedule.of("parley.sources.feeds.wire", Optional.empty(), Duration.ofMinutes(15));
        assertEquals(T, s.first(T));
        assertEquals(T.plus(Duration.ofMinutes(15)), s.next(T));
        assertEquals("every 15m", s.describe());
    }

    @Test
    void aCronExpressionWinsOverTheIntervalAndNamesTheTimes() {
        PollSchedule s = PollSchedule.of("parley.sources.feeds.wire", Optional.of("0 0/15 * * * ?"), Duration.ofMinutes(1));
        assertInstanceOf(PollSchedule.Cron.class, s);
        PollSchedule.Cron utc = PollSchedule.Cron.parse("k", "0 0/15 * * * ?", ZoneOffset.UTC);
        assertEquals(Instant.parse("2024-05-14T08:15:00Z"), utc.first(T), "the first poll waits for the first time named");
        assertEquals(Instant.parse("2024-05-14T08:30:00Z"), utc.next(Instant.parse("2024-05-14T08:15:00Z")));
        assertEquals("cron 0 0/15 * * * ?", utc.describe());
    }

    @Test
    void cronTimesAreReadInTheGivenZone() {
        PollSchedule.Cron sixInTheMorning = PollSchedule.Cron.parse("k", "0 0 6 ? * MON-FRI", ZoneId.of("Europe/Berlin"));
        // Tuesday 08:07 UTC is 10:07 in Berlin (summer time): the next weekday 06:00 there is Wednesday 04:00 UTC
        assertEquals(Instant.parse("2024-05-15T04:00:00Z"), sixInTheMorning.next(T));
        // Friday evening: next is Monday
        assertEquals(Instant.parse("2024-05-20T04:00:00Z"), sixInTheMorning.next(Instant.parse("2024-05-17T18:00:00Z")));
    }

    @Test
    void aBadScheduleStopsTheServerAndNamesTheKey() {
        IllegalArgumentException cron = assertThrows(IllegalArgumentException.class,
                () -> PollSchedule.of("parley.sources.feeds.wire", Optional.of("every five minutes"), Duration.ofMinutes(5)));
        assertTrue(cron.getMessage().startsWith("parley.sources.feeds.wire.cron is not a Quartz cron expression"), cron.getMessage());
        // the five-field Unix form lacks the seconds
        assertThrows(IllegalArgumentException.class,
                () -> PollSchedule.of("parley.sources.feeds.wire", Optional.of("*/5 * * * *"), Duration.ofMinutes(5)));
        IllegalArgumentException every = assertThrows(IllegalArgumentException.class,
                () -> PollSchedule.of("parley.sources.folders.drop", Optional.empty(), Duration.ZERO));
        assertTrue(every.getMessage().startsWith("parley.sources.folders.drop.every"), every.getMessage());
    }
}
