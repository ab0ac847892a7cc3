package org.parley.extract;

import org.parley.domain.Article;
import org.parley.domain.DisputeKind;
import org.parley.domain.EventStatus;
import org.parley.domain.MeetingKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the extract stage found in one article, before entities are resolved and facts merged.
 *
 * @param article   the article
 * @param sentences character spans of its sentences, by index
 * @param names     every named mention, in text order, with its titles and affiliation
 * @param subjects  offsets of the names that are grammatical subjects, which pronouns refer back to first
 * @param dateline  the place of the opening dateline ("OSLO -"), when there is one
 * @param leadDate  the first full date of the opening sentence: the day of the news the article leads with
 * @param meetings  one candidate per sentence that reports a meeting
 * @param calls     phone and video calls
 * @param disputes  one candidate per contested territory per sentence
 * @param travels   movements of a party to a place
 * @param delegates people said to lead a party's delegation
 * @param dates     every date of the article that SUTime anchored to a year, in text order: the time setting an
 *                  undated meeting borrows from its own sentence or the sentences before it
 */
public record Candidates(Article article, List<Span> sentences, List<Ref> names, Set<Integer> subjects,
                         Optional<Ref> dateline, Optional<When> leadDate,
                         List<MeetingCandidate> meetings, List<CallCandidate> calls,
                         List<DisputeCandidate> disputes, List<TravelCandidate> travels,
                         List<DelegateCandidate> delegates, List<Dated> dates) {
    public Candidates {
        sentences = List.copyOf(sentences);
        names = List.copyOf(names);
        subjects = Set.copyOf(subjects);
        meetings = List.copyOf(meetings);
        calls = List.copyOf(calls);
        disputes = List.copyOf(disputes);
        travels = List.copyOf(travels);
        delegates = List.copyOf(delegates);
        dates = List.copyOf(dates);
    }

    /** A date mentioned at a character offset of a sentence. */
    public record Dated(int sentence, int begin, When when) {
    }

    /** "The republic's delegation will be led by X": X speaks for the republic at its talks. */
    public record DelegateCandidate(int sentence, Ref person, Ref represents) {
    }

    /**
     * A date as SUTime resolved it.
     *
     * @param value   TIMEX3 value ({@code 2025-06-14}, {@code 2025-06}, {@code 2025-W24})
     * @param weekday whether the text named only a weekday, which SUTime places in the publication week
     */
    public record When(String value, boolean weekday) {
    }

    /** A sentence's character span. */
    public record Span(int begin, int end) {
    }

    /**
     * A sentence's report of a meeting.
     *
     * @param anaphor true when it only refers back ("the talks", "the meeting") and names no party itself
     * @param date    the date attached to it, resolved against the publication date
     * @param dayOffset days after the event told before it, when the sentence dates it only by that event
     *                ("the same day" 0, "a day later" 1, "after the ceremony" 0, "came three days after" -3)
     * @param atEvent the kind of the event told before that it took place at or right after ("after the
     *                ceremony", "during its stay", "on the margins of the meeting"), and so where that one was
     * @param current whether it is told as news: no past perfect, no time words that set it back
     *                ("had met", "first met", "years ago"), no date of its own
     */
    public record MeetingCandidate(int sentence, int eventBegin, MeetingKind kind, List<Ref> parties,
                                   Optional<Ref> host, List<Ref> places, Optional<When> date,
                                   Optional<Integer> dayOffset, Optional<MeetingKind> atEvent, boolean current,
                                   EventStatus status, boolean anaphor, double confidence) {
        public MeetingCandidate {
            parties = List.copyOf(parties);
            places = List.copyOf(places);
        }
    }

    /** A sentence's report of a phone or video call. */
    public record CallCandidate(int sentence, List<Ref> parties, Optional<When> date, EventStatus status) {
        public CallCandidate {
            parties = List.copyOf(parties);
        }
    }

    /**
     * A contested territory in one sentence, with the parties the sentence names for it.
     *
     * @param weak the sentence only names the land as some state's ("the republic's Eastria area"); it counts
     *             when the same state contests other land in the article
     */
    public record DisputeCandidate(int sentence, Ref territory, List<Ref> claimants, Optional<Ref> controller,
                                   Optional<String> extent, DisputeKind kind, boolean weak) {
        public DisputeCandidate {
            claimants = List.copyOf(claimants);
        }
    }

    /** A party moving to a place ("flew to the capital"). */
    public record TravelCandidate(int sentence, Optional<Ref> party, Ref place, Optional<When> date) {
    }
}
