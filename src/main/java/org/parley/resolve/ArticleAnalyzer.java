package org.parley.resolve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.parley.domain.Article;
import org.parley.domain.Delegate;
import org.parley.domain.DisputeKind;
import org.parley.domain.EntityKind;
import org.parley.domain.EventStatus;
import org.parley.domain.Evidence;
import org.parley.domain.Extraction;
import org.parley.domain.Meeting;
import org.parley.domain.MeetingKind;
import org.parley.domain.Outcome;
import org.parley.domain.PartialDate;
import org.parley.domain.PhoneCall;
import org.parley.domain.TerritorialDispute;
import org.parley.extract.Candidates;
import org.parley.extract.Candidates.CallCandidate;
import org.parley.extract.Candidates.DisputeCandidate;
import org.parley.extract.Candidates.MeetingCandidate;
import org.parley.extract.Candidates.TravelCandidate;
import org.parley.extract.Candidates.When;
import org.parley.extract.Extractor;
import org.parley.extract.Ref;
import org.parley.nlp.NlpPipeline;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs nlp → extract → resolve for one article: resolves references to entities, merges the sentences that
 * report the same meeting, attaches place and date from later mentions, and builds the {@link Extraction}.
 * Thread-safe: every call works on its own state; CoreNLP is shared.
 */
@ApplicationScoped
public class ArticleAnalyzer {
    private static final Logger LOG = Logger.getLogger(ArticleAnalyzer.class);
    private static final Pattern TIMEX = Pattern.compile("^(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");

    private final NlpPipeline nlp;
    private final Extractor extractor;

    @Inject
    public ArticleAnalyzer(NlpPipeline nlp, Extractor extractor) {
        this.nlp = nlp;
        this.extractor = extractor;
    }

    public Outcome<Extraction> analyze(Article article) {
        try {
            Candidates c = extractor.extract(nlp.parse(article));
            return Outcome.ok(resolve(c));
        } catch (RuntimeException e) {
            LOG.errorf(e, "article %s: analysis failed", article.source());
            return Outcome.rejected("nlp", article.source(), "analysis failed: " + e);
        }
    }

    /** A meeting being assembled from one or more sentences. */
    private static final class Draft {
        final Set<String> parties = new LinkedHashSet<>();
        final List<Delegate> delegates = new ArrayList<>();
        Optional<String> host = Optional.empty();
        Optional<String> place = Optional.empty();
        boolean placeIsState;
        Optional<PartialDate> date = Optional.empty();
        /** Days after the event told before it, when that is all the text says of its date. */
        Optional<Integer> dayOffset = Optional.empty();
        /** The kind of the event told before it that it took place at or right after. */
        Optional<MeetingKind> atEvent = Optional.empty();
        /** Told as the news of the day, not as background. */
        boolean current;
        EventStatus status;
        MeetingKind kind;
        final List<Evidence> evidence = new ArrayList<>();
        final Set<Integer> sentences = new LinkedHashSet<>();
        /** Character offset of the word that first reported it. */
        int at;
    }

    Extraction resolve(Candidates c) {
        Article article = c.article();
        EntityResolver er = new EntityResolver(extractor.gazetteer());
        er.addAll(c.names());
        Optional<LocalDate> published = article.published();
        List<Draft> drafts = new ArrayList<>();
        Draft last = null;
        for (MeetingCandidate m : c.meetings()) {
            if (m.anaphor()) {
                if (last != null && m.sentence() - last.sentences.stream().mapToInt(i -> i).max().orElse(0) <= 2) {
                    if (m.status() == EventStatus.CANCELLED && last.status == EventStatus.OCCURRED) {
                        // "a planned lunch was dropped": a part of the meeting that did not take place
                        Draft part = new Draft();
                        part.parties.addAll(last.parties);
                        part.status = EventStatus.CANCELLED;
                        part.kind = m.kind();
                        part.place = last.place;
                        part.placeIsState = last.placeIsState;
                        part.date = last.date;
                        attach(er, c, part, m, published);
                        drafts.add(part);
                    } else if (m.status() == last.status) {
                        attach(er, c, last, m, published);
                    } else if (last.sentences.add(m.sentence())) {
                        // "the talks had been expected in X": the same meeting, but not where or when it was
                        last.evidence.add(evidence(c, m.sentence(), m.confidence()));
                    }
                }
                continue;
            }
            Draft d = new Draft();
            d.at = m.eventBegin();
            d.current = m.current();
            d.status = m.status();
            d.kind = m.kind();
            for (Ref r : m.parties()) {
                d.parties.addAll(resolveParty(er, r, d.parties, last, c.subjects()));
            }
            if (m.host().isPresent()) {
                d.host = resolveParty(er, m.host().get(), Set.of(), last).stream().findFirst();
            }
            if (d.parties.size() < 2 && m.kind() == MeetingKind.NEGOTIATION_ROUND && m.parties().isEmpty()) {
                // "the second round was held in X": a round of the talks between the states or groups last named
                for (int i = drafts.size() - 1; i >= 0; i--) {
                    Draft o = drafts.get(i);
                    if (o.parties.stream().noneMatch(p -> er.kind(p) == EntityKind.PERSON)) {
                        d.parties.addAll(o.parties);
                        break;
                    }
                }
            }
            if (d.parties.size() < 2) {
                continue;
            }
            attach(er, c, d, m, published);
            last = d;
            List<Draft> told = new ArrayList<>(List.of(d));
            told.addAll(rounds(er, c, d, m, published));
            // rounds listed in one sentence are kept in the order they took place
            told.sort(Comparator.comparing((Draft x) -> x.date.map(PartialDate::iso).orElse("")));
            drafts.addAll(told);
        }
        for (Draft d : drafts) {
            // the article's lead event: undated in its first sentences, it happened on the lead's day
            if (d.date.isEmpty() && d.dayOffset.isEmpty() && d.status == EventStatus.OCCURRED
                    && c.leadDate().isPresent() && d.sentences.stream().anyMatch(i -> i <= 2)) {
                d.date = date(c.leadDate().get(), published, d.status);
            }
        }
        List<Draft> merged = merge(drafts, er);
        // dates told with the meeting itself, then the time its paragraph has set, then dates told by another
        // event ("the same day", "after the ceremony"), which by then has its own
        for (int i = 0; i < merged.size(); i++) {
            Draft d = merged.get(i);
            if (d.date.isPresent() || d.dayOffset.isPresent()) {
                continue;
            }
            d.date = sentenceDate(c, d, published);
            if (d.date.isEmpty() && i > 0) {
                // "Afterwards the two held talks": an undated meeting told right after a dated one
                Draft before = merged.get(i - 1);
                int gap = first(d) - before.sentences.stream().mapToInt(x -> x).max().orElse(0);
                if (d.status == EventStatus.OCCURRED && before.status == EventStatus.OCCURRED
                        && before.date.isPresent() && gap >= 0 && gap <= 2) {
                    d.date = before.date;
                }
            }
        }
        for (Draft d : merged) {
            if (d.date.isEmpty() && d.dayOffset.isEmpty()) {
                d.date = settingDate(c, d, published);
            }
        }
        for (Draft d : merged) {
            if (d.atEvent.isPresent()) {
                // "after the ceremony they held talks": when and where the ceremony was, the last event of that
                // kind told before, else the last event
                List<Draft> earlier = merged.stream().filter(o -> o != d && first(o) < first(d)).toList();
                earlier.stream().filter(o -> o.kind == d.atEvent.get()).reduce((a, b) -> b)
                        .or(() -> earlier.stream().reduce((a, b) -> b))
                        .ifPresent(o -> {
                            if (d.date.isEmpty()) {
                                d.date = o.date;
                            }
                            if (d.place.isEmpty()) {
                                d.place = o.place;
                                d.placeIsState = o.placeIsState;
                            }
                        });
            }
            if (d.date.isEmpty() && d.dayOffset.isPresent()) {
                d.date = dateBefore(c, merged, d, published).flatMap(anchor -> shift(anchor, d.dayOffset.get()));
            }
            // news without a date of its own happened in the days before publication: its month, at most
            if (d.date.isEmpty() && d.current && d.status != EventStatus.PLANNED && published.isPresent()) {
                d.date = Optional.of(new PartialDate(published.get().getYear(),
                        Optional.of(published.get().getMonthValue()), Optional.empty()));
            }
        }
        for (Candidates.DelegateCandidate dc : c.delegates()) {
            Optional<String> person = er.key(dc.person());
            Optional<String> side = resolveClaimant(er, dc.represents());
            if (person.isEmpty() || side.isEmpty()) {
                continue;
            }
            er.affiliate(person.get(), side.get());
            // the delegation takes part in the nearest meeting of that party
            merged.stream().filter(d -> d.parties.contains(side.get()))
                    .min(Comparator.comparingInt(d -> Math.abs(d.sentences.iterator().next() - dc.sentence())))
                    .filter(d -> d.delegates.stream().noneMatch(x -> x.person().equals(person.get())))
                    .ifPresent(d -> d.delegates.add(new Delegate(person.get(), side.get())));
        }
        for (Draft d : merged) {
            // The dateline says where the reporter is: a meeting of that day or the day before happened there,
            // whatever trips the parties made before or after it.
            if (d.place.isEmpty() && c.dateline().isPresent() && published.isPresent()
                    && d.date.isPresent() && d.date.get().day().isPresent()
                    && Math.abs(toDate(d.date.get()).toEpochDay() - published.get().toEpochDay()) <= 1) {
                d.place = Optional.of(er.place(c.dateline().get().text()));
            }
            if (d.place.isEmpty() || d.placeIsState) {
                travelPlace(er, c, d).ifPresent(p -> {
                    d.place = Optional.of(p);
                    d.placeIsState = false;
                });
            }
        }
        // a name NER knows only as a place that takes part in talks ("the envoys of Northland") is a polity
        merged.stream().filter(d -> d.parties.size() >= 2)
                .forEach(d -> d.parties.forEach(p -> er.markKind(p, EntityKind.STATE)));
        List<Meeting> meetings = new ArrayList<>();
        int n = 1;
        for (Draft d : merged) {
            d.place.ifPresent(p -> er.markKind(p, EntityKind.CITY));
            List<String> parties = agents(er, d.parties);
            // a meeting needs two parties; a trigger whose other side was not resolved reports none
            if (parties.size() < 2) {
                continue;
            }
            // a place's name that NER took for an organisation or a person elsewhere in the article stays that
            // organisation or person, and no place of the meeting; a state can be one ("talks in Qatar")
            meetings.add(new Meeting(String.format("m%02d", n++), d.kind, parties, d.delegates,
                    d.host.filter(h -> !er.kind(h).isPlace()), Optional.empty(),
                    d.place.filter(p -> er.kind(p).isPlace() || er.kind(p) == EntityKind.STATE), d.date, d.status,
                    d.evidence));
        }
        List<PhoneCall> calls = new ArrayList<>();
        for (CallCandidate call : c.calls()) {
            Set<String> resolved = new LinkedHashSet<>();
            for (Ref r : call.parties()) {
                resolved.addAll(resolveParty(er, r, resolved, null));
            }
            if (resolved.size() >= 2) {
                resolved.forEach(p -> er.markKind(p, EntityKind.STATE));
            }
            List<String> parties = agents(er, resolved);
            if (parties.size() >= 2) {
                calls.add(new PhoneCall(String.format("c%02d", calls.size() + 1), parties,
                        call.date().flatMap(v -> date(v, published, call.status())), call.status(),
                        List.of(evidence(c, call.sentence(), 0.7))));
            }
        }
        List<TerritorialDispute> disputes = disputes(er, c);
        return new Extraction(article, er.entities(), meetings, calls, disputes);
    }

    private void attach(EntityResolver er, Candidates c, Draft d, MeetingCandidate m, Optional<LocalDate> published) {
        if (d.sentences.add(m.sentence())) {
            d.evidence.add(evidence(c, m.sentence(), m.confidence()));
        }
        for (Ref p : m.places()) {
            Optional<String> key = p.kind() == Ref.Kind.HERE
                    ? c.dateline().map(dl -> er.place(dl.text()))
                    : er.key(p);
            if (key.isEmpty() || d.parties.contains(key.get())) {
                continue;
            }
            boolean isState = er.kind(key.get()) == EntityKind.STATE;
            if (d.place.isEmpty() || (d.placeIsState && !isState)) {
                d.place = key;
                d.placeIsState = isState;
            }
        }
        if (d.date.isEmpty()) {
            d.date = m.date().flatMap(v -> date(v, published, d.status));
        }
        if (d.dayOffset.isEmpty()) {
            d.dayOffset = m.dayOffset();
            d.atEvent = m.atEvent();
        }
    }

    /**
     * "The sides have held four rounds: two in A, on May 2 and May 9, and two in B, on June 1 and June 8": a
     * list of days after a report of rounds is one round a day, each where the place named last before its day.
     * The draft becomes the first of them; the others are returned.
     */
    private static List<Draft> rounds(EntityResolver er, Candidates c, Draft d, MeetingCandidate m,
                                      Optional<LocalDate> published) {
        List<Candidates.Dated> days = c.dates().stream().filter(x -> x.sentence() == m.sentence()
                && x.begin() > m.eventBegin() && x.when().value().matches("\\d{4}-\\d{2}-\\d{2}.*")).toList();
        if (m.kind() == MeetingKind.NEGOTIATION_ROUND && d.status == EventStatus.OCCURRED && days.size() < 3) {
            return roundsByPlace(er, c, d, m, published);
        }
        if (m.kind() != MeetingKind.NEGOTIATION_ROUND || d.status != EventStatus.OCCURRED) {
            return List.of();
        }
        List<Draft> out = new ArrayList<>();
        for (int k = 0; k < days.size(); k++) {
            Candidates.Dated day = days.get(k);
            Draft r = d;
            if (k > 0) {
                r = anotherRound(d);
                out.add(r);
            }
            r.date = date(day.when(), published, d.status);
            Optional<String> place = m.places().stream()
                    .filter(p -> p.kind() == Ref.Kind.NAME && p.begin() < day.begin())
                    .max(Comparator.comparingInt(Ref::begin)).flatMap(er::key)
                    .filter(k2 -> !d.parties.contains(k2));
            if (place.isPresent()) {
                r.place = place;
                r.placeIsState = er.kind(place.get()) == EntityKind.STATE;
            }
        }
        return out;
    }

    /** Another round of the same talks, told in the same sentences. */
    private static Draft anotherRound(Draft d) {
        Draft r = new Draft();
        r.parties.addAll(d.parties);
        r.host = d.host;
        r.status = d.status;
        r.kind = d.kind;
        r.at = d.at;
        r.sentences.addAll(d.sentences);
        r.evidence.addAll(d.evidence);
        return r;
    }

    /**
     * "The first round was held in A last November, the second in B in February": rounds listed by place, each
     * with the date told after its place. The draft becomes the first; the others are returned.
     */
    private static List<Draft> roundsByPlace(EntityResolver er, Candidates c, Draft d, MeetingCandidate m,
                                             Optional<LocalDate> published) {
        List<Ref> named = m.places().stream().filter(p -> p.kind() == Ref.Kind.NAME && p.begin() > m.eventBegin())
                .sorted(Comparator.comparingInt(Ref::begin)).toList();
        if (named.size() < 2) {
            return List.of();
        }
        List<Optional<PartialDate>> when = new ArrayList<>();
        for (int k = 0; k < named.size(); k++) {
            int from = named.get(k).end();
            int to = k + 1 < named.size() ? named.get(k + 1).begin() : Integer.MAX_VALUE;
            when.add(c.dates().stream().filter(x -> x.sentence() == m.sentence() && x.begin() >= from && x.begin() < to)
                    .findFirst().flatMap(x -> date(x.when(), published, d.status)));
        }
        if (when.stream().anyMatch(Optional::isEmpty)) {
            return List.of();
        }
        List<Draft> out = new ArrayList<>();
        for (int k = 0; k < named.size(); k++) {
            Optional<String> place = er.key(named.get(k)).filter(p -> !d.parties.contains(p));
            if (place.isEmpty()) {
                return List.of();
            }
            Draft r = d;
            if (k > 0) {
                r = anotherRound(d);
                out.add(r);
            }
            r.place = place;
            r.placeIsState = er.kind(place.get()) == EntityKind.STATE;
            r.date = when.get(k);
        }
        return out;
    }

    /**
     * The date of the event told last before the draft: a meeting or call of an earlier sentence, else the
     * day the article leads with.
     */
    private static Optional<PartialDate> dateBefore(Candidates c, List<Draft> drafts, Draft d,
                                                    Optional<LocalDate> published) {
        int first = first(d);
        int best = -1;
        Optional<PartialDate> date = Optional.empty();
        for (Draft o : drafts) {
            int at = first(o);
            if (o != d && o.date.isPresent() && at < first && at > best) {
                best = at;
                date = o.date;
            }
        }
        for (CallCandidate call : c.calls()) {
            Optional<PartialDate> when = call.date().flatMap(v -> date(v, published, call.status()));
            if (when.isPresent() && call.sentence() < first && call.sentence() > best) {
                best = call.sentence();
                date = when;
            }
        }
        return date.or(() -> c.leadDate().flatMap(v -> date(v, published, d.status)));
    }

    /** The parties that can act: people, organisations and states, not the places among them. */
    private static List<String> agents(EntityResolver er, Set<String> parties) {
        return parties.stream().filter(p -> !er.kind(p).isPlace()).toList();
    }

    private static int first(Draft d) {
        return d.sentences.iterator().next();
    }

    /** A date moved by whole days; only a full date can move. */
    private static Optional<PartialDate> shift(PartialDate anchor, int days) {
        if (days == 0) {
            return Optional.of(anchor);
        }
        return anchor.day().isPresent() ? Optional.of(PartialDate.of(toDate(anchor).plusDays(days))) : Optional.empty();
    }

    /**
     * "came in a winter long ago, when the mediator brought the two together": a date of the meeting's own
     * sentence that the graph did not tie to it, the one nearest the meeting word.
     */
    private static Optional<PartialDate> sentenceDate(Candidates c, Draft d, Optional<LocalDate> published) {
        int first = d.sentences.iterator().next();
        // a date after the meeting word mostly tells of something else ("laid a wreath for those killed in 1950")
        return c.dates().stream().filter(x -> x.sentence() == first && x.begin() < d.at)
                .min(Comparator.comparingInt(x -> Math.abs(x.begin() - d.at)))
                .flatMap(x -> date(x.when(), published, d.status));
    }

    /**
     * "The envoy flew to the capital in early spring. Days later he met the minister.": an undated meeting that
     * took place, or was called off, happened in the time the paragraph has set, the last date of the two
     * sentences before it.
     */
    private static Optional<PartialDate> settingDate(Candidates c, Draft d, Optional<LocalDate> published) {
        if (d.status == EventStatus.PLANNED) {
            return Optional.empty();
        }
        int first = d.sentences.iterator().next();
        for (int s = first - 1; s >= Math.max(0, first - 2); s--) {
            if (paragraphBreak(c, s, s + 1)) {
                return Optional.empty();
            }
            int sentence = s;
            Optional<Candidates.Dated> last = c.dates().stream().filter(x -> x.sentence() == sentence)
                    .reduce((a, b) -> b);
            if (last.isPresent()) {
                return date(last.get().when(), published, d.status);
            }
        }
        return Optional.empty();
    }

    /** Whether a blank line separates two sentences. */
    private static boolean paragraphBreak(Candidates c, int before, int after) {
        String between = c.article().text().substring(c.sentences().get(before).end(),
                c.sentences().get(after).begin());
        return between.matches("(?s).*\\n\\s*\\n.*");
    }

    private Optional<String> travelPlace(EntityResolver er, Candidates c, Draft d) {
        int first = d.sentences.iterator().next();
        TravelCandidate best = null;
        for (TravelCandidate t : c.travels()) {
            if (t.party().isEmpty()) {
                continue;
            }
            Optional<String> who = resolveParty(er, t.party().get(), Set.of(), null).stream().findFirst();
            if (who.isPresent() && d.parties.contains(who.get())
                    && (best == null || Math.abs(t.sentence() - first) < Math.abs(best.sentence() - first))) {
                best = t;
            }
        }
        return best == null ? Optional.empty() : er.key(best.place())
                .filter(k -> er.kind(k) != EntityKind.STATE || d.place.isEmpty());
    }

    private List<String> resolveParty(EntityResolver er, Ref r, Set<String> already, Draft previous) {
        return resolveParty(er, r, already, previous, Set.of());
    }

    private List<String> resolveParty(EntityResolver er, Ref r, Set<String> already, Draft previous,
                                      Set<Integer> subjects) {
        return switch (r.kind()) {
            case NAME, DEMONYM -> er.key(r).stream().toList();
            case PRONOUN -> er.personBefore(r.begin(), already, subjects, 400).stream().toList();
            case GROUP -> previous != null && previous.parties.size() >= 2 && (!r.nerType().equals("PERSON")
                    || previous.parties.stream().allMatch(p -> er.kind(p) == EntityKind.PERSON))
                    ? List.copyOf(previous.parties) : er.peopleBefore(r.begin(), 2);
            case ROLE -> er.role(r).stream().toList();
            case HERE -> List.of();
        };
    }

    /**
     * Meetings that share their parties and whose place and date agree are one meeting; a place agrees with the
     * state it lies in ("their summit in Northland" and "the summit in its capital").
     */
    private static List<Draft> merge(List<Draft> drafts, EntityResolver er) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft into = null;
            for (Draft o : out) {
                boolean near = Math.abs(o.sentences.iterator().next() - d.sentences.iterator().next()) <= 3;
                // a delegate stands for the side it acts for: "the minister met the delegation" and "the states'
                // talks" told side by side are one meeting
                boolean sameParties = o.parties.equals(d.parties) || (near
                        && (o.parties.containsAll(d.parties) || d.parties.containsAll(o.parties)
                        || sides(er, o.parties).containsAll(sides(er, d.parties))
                        || sides(er, d.parties).containsAll(sides(er, o.parties))));
                boolean called = near && (o.status == EventStatus.CANCELLED || d.status == EventStatus.CANCELLED)
                        && (o.status == EventStatus.PLANNED || d.status == EventStatus.PLANNED);
                if (sameParties && (o.status == d.status || called)
                        && (o.place.isEmpty() || d.place.isEmpty() || o.place.equals(d.place)
                        || er.within(o.place.get(), d.place.get()) || er.within(d.place.get(), o.place.get()))
                        && compatible(o.date, d.date) && (near || (o.date.isPresent() && d.date.isPresent()))) {
                    into = o;
                    break;
                }
            }
            if (into == null) {
                out.add(d);
            } else {
                into.parties.addAll(d.parties);
                if (d.status == EventStatus.CANCELLED) {
                    into.status = EventStatus.CANCELLED;
                }
                into.evidence.addAll(d.evidence);
                into.sentences.addAll(d.sentences);
                if (into.place.isEmpty() || (d.place.isPresent() && er.within(d.place.get(), into.place.get()))) {
                    into.place = d.place;
                }
                if (into.date.isEmpty() || (d.date.isPresent() && d.date.get().iso().length() > into.date.get().iso().length())) {
                    into.date = d.date.isPresent() ? d.date : into.date;
                }
                if (into.host.isEmpty()) {
                    into.host = d.host;
                }
            }
        }
        return out;
    }

    private static Set<String> sides(EntityResolver er, Set<String> parties) {
        return parties.stream().map(er::side).collect(java.util.stream.Collectors.toSet());
    }

    private static boolean compatible(Optional<PartialDate> a, Optional<PartialDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return true;
        }
        String x = a.get().iso();
        String y = b.get().iso();
        return x.startsWith(y) || y.startsWith(x);
    }

    private List<TerritorialDispute> disputes(EntityResolver er, Candidates c) {
        Map<String, List<DisputeCandidate>> byTerritory = new LinkedHashMap<>();
        Map<String, Set<String>> rivals = new LinkedHashMap<>();
        for (DisputeCandidate d : c.disputes()) {
            if (d.weak()) {
                continue;
            }
            er.key(d.territory()).ifPresent(k -> byTerritory.computeIfAbsent(k, x -> new ArrayList<>()).add(d));
            Set<String> keys = new LinkedHashSet<>();
            d.claimants().forEach(r -> resolveClaimant(er, r).ifPresent(keys::add));
            for (String k : keys) {
                rivals.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(keys);
            }
        }
        for (DisputeCandidate d : c.disputes()) {
            if (!d.weak() || d.claimants().isEmpty()) {
                continue;
            }
            Optional<String> owner = resolveClaimant(er, d.claimants().get(0));
            Optional<String> territory = er.key(d.territory());
            if (owner.isPresent() && territory.isPresent() && rivals.containsKey(owner.get())
                    && !byTerritory.containsKey(territory.get())) {
                List<Ref> claimants = new ArrayList<>(d.claimants());
                DisputeCandidate widened = new DisputeCandidate(d.sentence(), d.territory(), claimants,
                        Optional.empty(), Optional.empty(), DisputeKind.CONTESTED, true);
                byTerritory.computeIfAbsent(territory.get(), x -> new ArrayList<>()).add(widened);
            }
        }
        List<TerritorialDispute> out = new ArrayList<>();
        for (Map.Entry<String, List<DisputeCandidate>> e : byTerritory.entrySet()) {
            Set<String> claimants = new LinkedHashSet<>();
            Optional<String> controller = Optional.empty();
            Optional<String> extent = Optional.empty();
            DisputeKind kind = null;
            List<Evidence> evidence = new ArrayList<>();
            Set<Integer> sentences = new LinkedHashSet<>();
            for (DisputeCandidate d : e.getValue()) {
                boolean selfGoverning = er.kind(e.getKey()) == EntityKind.STATE;
                for (Ref r : d.claimants()) {
                    resolveClaimant(er, r).filter(k -> selfGoverning || !k.equals(e.getKey())).ifPresent(claimants::add);
                }
                if (selfGoverning && claimants.contains(e.getKey()) && controller.isEmpty()) {
                    controller = Optional.of(e.getKey());
                }
                if (controller.isEmpty()) {
                    controller = d.controller().flatMap(r -> resolveClaimant(er, r)).filter(k -> !k.equals(e.getKey()));
                }
                if (extent.isEmpty()) {
                    extent = d.extent();
                }
                // the strongest word wins: annexed, then occupied, claimed, contested
                if (kind == null || d.kind().ordinal() < kind.ordinal()) {
                    kind = d.kind();
                }
                if (sentences.add(d.sentence())) {
                    evidence.add(evidence(c, d.sentence(), 0.7));
                }
            }
            controller.ifPresent(claimants::add);
            if (e.getValue().stream().allMatch(DisputeCandidate::weak)) {
                // the owner's rivals elsewhere in the article contest this land too
                for (String k : List.copyOf(claimants)) {
                    claimants.addAll(rivals.getOrDefault(k, Set.of()));
                }
            }
            if (claimants.isEmpty()) {
                continue;
            }
            er.markKind(e.getKey(), EntityKind.TERRITORY);
            out.add(new TerritorialDispute("d-" + e.getKey(), e.getKey(), List.copyOf(claimants), controller, extent,
                    kind, evidence));
        }
        return out;
    }

    private static Optional<String> resolveClaimant(EntityResolver er, Ref r) {
        Optional<String> k = er.key(r);
        if (k.isPresent() && er.kind(k.get()) == EntityKind.PERSON) {
            return r.affiliation().flatMap(er::affiliation);
        }
        return k;
    }

    private static Evidence evidence(Candidates c, int sentence, double confidence) {
        Candidates.Span s = c.sentences().get(sentence);
        return new Evidence(c.article().text().substring(s.begin(), s.end()), s.begin(), s.end(), confidence);
    }

    /**
     * A date as a partial date. SUTime places a bare month in the publication year and a bare weekday in the
     * publication week; a meeting that took place cannot lie after publication, nor a planned one before it,
     * so such dates move back a year (or forward or back a week).
     */
    static Optional<PartialDate> date(When when, Optional<LocalDate> published, EventStatus status) {
        String value = when.value();
        if (value.startsWith("XXXX") && published.isPresent()) {
            value = published.get().getYear() + value.substring(4); // "in mid-month": the publication year
        }
        Matcher w = WEEK.matcher(value);
        if (w.find()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                    .with(java.time.DayOfWeek.MONDAY);
            return Optional.of(new PartialDate(monday.getYear(), Optional.of(monday.getMonthValue()), Optional.empty()));
        }
        Matcher m = TIMEX.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        Optional<Integer> month = Optional.ofNullable(m.group(2)).map(Integer::parseInt);
        Optional<Integer> day = Optional.ofNullable(m.group(3)).map(Integer::parseInt);
        if (month.isPresent() && (month.get() < 1 || month.get() > 12)) {
            return Optional.of(PartialDate.ofYear(year));
        }
        PartialDate d = new PartialDate(year, month, month.isPresent() ? day : Optional.empty());
        if (published.isEmpty() || month.isEmpty()) {
            return Optional.of(d);
        }
        LocalDate pub = published.get();
        if (day.isPresent() && when.weekday()) {
            LocalDate date = LocalDate.of(year, month.get(), day.get());
            if (status == EventStatus.OCCURRED && date.isAfter(pub)) {
                return Optional.of(PartialDate.of(date.minusWeeks(1)));
            }
            if (status != EventStatus.OCCURRED && date.isBefore(pub)) {
                return Optional.of(PartialDate.of(date.plusWeeks(1)));
            }
        } else if (day.isEmpty() && status == EventStatus.OCCURRED && LocalDate.of(year, month.get(), 1).isAfter(pub)) {
            d = new PartialDate(year - 1, month, Optional.empty());
        }
        return Optional.of(d);
    }

    private static LocalDate toDate(PartialDate d) {
        return LocalDate.of(d.year(), d.month().orElse(1), d.day().orElse(1));
    }
}
