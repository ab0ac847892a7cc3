package org.parley.extract;

import jakarta.enterprise.context.ApplicationScoped;
import org.parley.domain.DisputeKind;
import org.parley.domain.EventStatus;
import org.parley.domain.MeetingKind;
import org.parley.extract.Candidates.CallCandidate;
import org.parley.extract.Candidates.DisputeCandidate;
import org.parley.extract.Candidates.MeetingCandidate;
import org.parley.extract.Candidates.Span;
import org.parley.extract.Candidates.TravelCandidate;
import org.parley.extract.Candidates.When;
import org.parley.nlp.Dependency;
import org.parley.nlp.Mention;
import org.parley.nlp.ParsedArticle;
import org.parley.nlp.RuleMatch;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The extract stage: reads the rule matches of a parsed article as meetings, calls, disputes and travels,
 * collecting parties, places, dates and status along the dependency graph. Stateless and thread-safe.
 */
@ApplicationScoped
public class Extractor {
    /** A group noun's own phrase: its conjuncts are other parties, not names inside it. */
    private static final Set<String> GROUP_PHRASE = Set.of("compound", "amod", "appos", "flat", "nmod:poss",
            "nummod", "det", "case", "punct", "nmod:of", "nmod:from", "nmod:in");
    private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
    /** Relations that stay inside one noun phrase. */
    private static final Set<String> NOMINAL = Set.of("compound", "amod", "appos", "flat", "nmod:poss", "nummod",
            "det", "case", "cc", "punct", "nmod:of", "nmod:from", "nmod:including", "conj:and", "conj:or",
            "nmod:in", "dep");

    private static final Pattern PART_OF_MONTH = Pattern.compile(
            "(?i)(?:mid|early|late)-(january|february|march|april|may|june|july|august|september|october|november"
                    + "|december)");

    private static final Pattern CALENDAR = Pattern.compile("\\b\\d{4}(-\\d{2}(-\\d{2})?)?\\b");
    private static final Pattern SAME_DAY = Pattern.compile(
            "(?i)(?:on |earlier |later )?(?:that|the same|the very same) (?:day|morning|afternoon|evening|night)");
    private static final Pattern DAYS_LATER = Pattern.compile(
            "(?i)(?:the )?(a|one|two|three|four|five|six|\\d{1,2}) days? (?:later|afterwards)|the (?:next|following) "
                    + "(?:day|morning|afternoon|evening)");
    private static final Pattern DAYS_EARLIER = Pattern.compile(
            "(?i)(a|one|two|three|four|five|six|\\d{1,2}) days? (?:earlier|before)|the (?:previous|preceding) day"
                    + "|the (?:day|night|evening) before");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six");

    private final Gazetteer gazetteer;
    private final Cues cues;

    public Extractor() {
        this(Gazetteer.load());
    }

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = Cues.load();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Candidates extract(ParsedArticle parsed) {
        Set<String> personWords = new HashSet<>();
        Set<String> placeNames = new HashSet<>();
        for (Mention m : parsed.mentions()) {
            if (m.type().equals("LOCATION")) {
                placeNames.add(m.text());
            }
        }
        for (Mention m : parsed.mentions()) {
            String[] words = m.text().split("\\s+");
            if (m.type().equals("PERSON") && words.length >= 2 && !placeNames.contains(m.text())) {
                personWords.add(words[0]);
                personWords.add(words[words.length - 1]);
            }
        }
        List<View> views = new ArrayList<>();
        for (Sentence s : parsed.sentences()) {
            List<Mention> ms = new ArrayList<>(parsed.mentions().stream().filter(m -> m.sentence() == s.index()).toList());
            // NER misses a name it found elsewhere in the article ("Marta held talks"): the name's words stand
            for (Token t : s.tokens()) {
                if (t.ner().equals("O") && t.pos().startsWith("NNP") && personWords.contains(t.word())) {
                    ms.add(new Mention(s.index(), t.index(), t.index(), t.word(), "PERSON", t.begin(), t.end(),
                            Optional.empty()));
                }
            }
            // "in mid-March": one token that SUTime leaves untagged, a month of the publication year
            for (Token t : s.tokens()) {
                Matcher mm = PART_OF_MONTH.matcher(t.word());
                if (mm.matches() && ms.stream().noneMatch(x -> x.first() <= t.index() && t.index() <= x.last())) {
                    int month = java.time.Month.valueOf(mm.group(1).toUpperCase()).getValue();
                    ms.add(new Mention(s.index(), t.index(), t.index(), t.word(), "DATE", t.begin(), t.end(),
                            Optional.of(String.format("XXXX-%02d", month))));
                }
            }
            // a name NER tags as a place elsewhere in the article is that place here too (a heading's bare name)
            ms = ms.stream().map(m -> m.type().equals("PERSON") && placeNames.contains(m.text())
                            ? new Mention(m.sentence(), m.first(), m.last(), m.text(), "LOCATION", m.begin(), m.end(),
                            m.normalized()) : m)
                    .map(Extractor::calendarPart)
                    .flatMap(m -> splitLeadingPlace(s, m).stream())
                    .sorted(Comparator.comparingInt(Mention::begin)).collect(Collectors.toCollection(ArrayList::new));
            views.add(new View(s, ms));
        }
        Optional<When> lead = views.isEmpty() ? Optional.empty() : views.get(0).mentions.stream()
                .filter(m -> m.type().equals("DATE") && m.normalized().map(x -> x.matches("\\d{4}-\\d{2}-\\d{2}.*")).orElse(false))
                .findFirst().map(m -> new When(m.normalized().get(), isWeekday(m.text())));
        views.forEach(v -> v.lead = lead);
        // named groups in text order, for the definite group nouns that refer back to them
        List<Map.Entry<String, Ref>> groups = new ArrayList<>();
        // "a Norder delegation" beside "the Norders": an adjective that names a movement
        Set<String> properNouns = new HashSet<>();
        views.forEach(v -> v.s.tokens().stream().filter(t -> t.pos().startsWith("NNP"))
                .forEach(t -> properNouns.add(t.word())));
        List<Ref> states = new ArrayList<>();
        List<Ref> lands = new ArrayList<>();
        for (View v : views) {
            v.states = states;
            v.lands = lands;
            for (Mention m : v.mentions) {
                if ((m.type().equals("LOCATION") || m.type().equals("MISC")) && stateCode(m.text()).isPresent()) {
                    states.add(nameRef(v, m));
                } else if (m.type().equals("LOCATION") && gazetteer.seat(m.text()).isEmpty()) {
                    lands.add(nameRef(v, m));
                }
            }
        }
        for (View v : views) {
            v.groups = groups;
            v.properNouns = properNouns;
            for (Token t : v.s.tokens()) {
                if (cues.has("group", t.lemma())) {
                    for (Ref r : namedInGroup(v, t.index())) {
                        groups.add(Map.entry(t.lemma(), r));
                    }
                }
            }
        }
        List<Ref> names = new ArrayList<>();
        Set<Integer> subjects = new HashSet<>();
        for (View v : views) {
            for (Mention m : v.mentions) {
                if (NAME_TYPES.contains(m.type()) && !isPronoun(v, m.first())) {
                    names.add(nameRef(v, m));
                    if (v.headRelation(v.mentionHead(m)).startsWith("nsubj")) {
                        subjects.add(m.begin());
                    }
                }
            }
        }
        List<MeetingCandidate> meetings = new ArrayList<>();
        List<CallCandidate> calls = new ArrayList<>();
        List<DisputeCandidate> disputes = new ArrayList<>();
        List<TravelCandidate> travels = new ArrayList<>();
        List<Candidates.DelegateCandidate> delegates = new ArrayList<>();
        Map<Integer, List<RuleMatch>> bySentence = new LinkedHashMap<>();
        for (RuleMatch m : parsed.matches()) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        for (Map.Entry<Integer, List<RuleMatch>> e : bySentence.entrySet()) {
            View v = views.get(e.getKey());
            List<RuleMatch> ms = e.getValue();
            Set<Integer> callEvents = new HashSet<>();
            for (RuleMatch m : ms) {
                if (m.relation().equals("call")) {
                    callEvents.add(m.nodes().get("event"));
                    List<Ref> parties = new ArrayList<>();
                    node(m, "party").ifPresent(t -> parties.addAll(parties(v, t)));
                    node(m, "other").ifPresent(t -> parties.addAll(parties(v, t)));
                    calls.add(new CallCandidate(v.s.index(), parties, date(v, m.nodes().get("event"), -1),
                            EventStatus.OCCURRED));
                }
            }
            meetings.addAll(meetings(v, ms, callEvents));
            for (RuleMatch m : ms) {
                if (m.relation().equals("dispute")) {
                    disputes.addAll(disputes(v, m));
                } else if (m.relation().equals("travel")) {
                    travel(v, m).ifPresent(travels::add);
                } else if (m.rule().equals("delegation-led-by")) {
                    List<Ref> people = parties(v, m.nodes().get("delegate"));
                    List<Ref> sides = statesOf(v, m.nodes().get("represents"));
                    for (Ref p : people) {
                        if (!sides.isEmpty() && p.kind() == Ref.Kind.NAME && p.nerType().equals("PERSON")) {
                            delegates.add(new Candidates.DelegateCandidate(v.s.index(), p, sides.get(0)));
                        }
                    }
                }
            }
        }
        List<Span> spans = parsed.sentences().stream().map(s -> new Span(s.begin(), s.end())).toList();
        List<Candidates.Dated> dates = new ArrayList<>();
        for (View v : views) {
            for (Mention m : v.mentions) {
                String rel = v.headRelation(v.mentionHead(m));
                boolean attributive = rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")
                        || rel.equals("nmod:of"); // "the 1990 war", "the truce of May 1990": another event's date
                if ((m.type().equals("DATE") || m.type().equals("TIME")) && !anaphoricDay(m.text()) && !attributive
                        && m.normalized().map(x -> x.matches("(\\d{4}(-(\\d{2}|W\\d{2}).*)?|XXXX-\\d{2}.*)")).orElse(false)) {
                    dates.add(new Candidates.Dated(v.s.index(), m.begin(), new When(m.normalized().get(),
                            isWeekday(m.text()))));
                }
            }
        }
        return new Candidates(parsed.article(), spans, names, subjects, dateline(views), lead, meetings, calls,
                disputes, travels, delegates, dates);
    }

    /**
     * "last November, the second": SUTime's value "THIS PT1S INTERSECT 2022-11" is the month it intersects with.
     */
    private static Mention calendarPart(Mention m) {
        Optional<String> value = m.normalized().filter(x -> x.contains(" INTERSECT ") && !x.matches("\\d{4}.*"))
                .flatMap(x -> CALENDAR.matcher(x).results().map(r -> r.group()).findFirst());
        return value.isEmpty() ? m : new Mention(m.sentence(), m.first(), m.last(), m.text(), m.type(), m.begin(),
                m.end(), value);
    }

    /**
     * "the ambassador to Lindmark Anna Berg": NER runs a state or capital after a preposition into the name that
     * follows it; the place and the person are two mentions.
     */
    private List<Mention> splitLeadingPlace(Sentence s, Mention m) {
        if (!m.type().equals("PERSON") || m.last() - m.first() < 2 || m.first() == 0
                || !s.tokens().get(m.first() - 1).pos().equals("IN")) {
            return List.of(m);
        }
        Token lead = s.tokens().get(m.first());
        if (gazetteer.capital(lead.word()).isEmpty() && gazetteer.state(lead.word()).isEmpty()) {
            return List.of(m);
        }
        Token rest = s.tokens().get(m.first() + 1);
        return List.of(
                new Mention(m.sentence(), m.first(), m.first(), lead.word(), "LOCATION", lead.begin(), lead.end(),
                        Optional.empty()),
                new Mention(m.sentence(), m.first() + 1, m.last(), m.text().substring(rest.begin() - m.begin()),
                        "PERSON", rest.begin(), m.end(), Optional.empty()));
    }

    private static Optional<Integer> node(RuleMatch m, String name) {
        return Optional.ofNullable(m.nodes().get(name));
    }

    // ---------------------------------------------------------------- meetings

    private List<MeetingCandidate> meetings(View v, List<RuleMatch> ms, Set<Integer> callEvents) {
        Map<Integer, MeetingCandidate> byEvent = new LinkedHashMap<>();
        Set<Integer> eventNouns = new HashSet<>();
        for (RuleMatch m : ms) {
            if (!m.relation().equals("meeting") || m.rule().startsWith("anaphor") || m.nodes().containsKey("delegate")) {
                continue;
            }
            int event = m.nodes().get("event");
            int noun = m.nodes().getOrDefault("noun", -1);
            eventNouns.add(event);
            if (noun >= 0) {
                eventNouns.add(noun);
            }
            if (callEvents.contains(event) || remote(v, event) || (noun >= 0 && remote(v, noun))) {
                continue;
            }
            Optional<EventStatus> status = status(v, event, noun);
            if (status.isEmpty()) {
                continue;
            }
            List<Ref> parties = new ArrayList<>();
            Optional<Ref> host = Optional.empty();
            List<Ref> extraPlaces = new ArrayList<>();
            Optional<Integer> destination = node(m, "destination");
            if (destination.isPresent()) {
                Optional<Mention> dm = v.mentionAt(destination.get()).filter(x -> x.type().equals("LOCATION"));
                if (dm.isEmpty()) {
                    continue;
                }
                Ref r = nameRef(v, dm.get());
                boolean ownParties = noun >= 0 && v.children(noun).stream()
                        .anyMatch(d -> d.relation().equals("nmod:of") || d.relation().equals("nmod:with"));
                if (!ownParties) {
                    parties.add(new Ref(r.kind(), r.sentence(), r.begin(), r.end(), r.text(), r.nerType(),
                            r.titles(), r.affiliation(), false));
                }
                extraPlaces.add(new Ref(r.kind(), r.sentence(), r.begin(), r.end(), r.text(), r.nerType(), r.titles(),
                        r.affiliation(), true));
            }
            Optional<Integer> at = node(m, "at");
            if (at.isPresent()) {
                Optional<Mention> am = v.mentionAt(at.get()).filter(x -> x.type().equals("LOCATION"));
                if (am.isEmpty()) {
                    continue;
                }
                Ref r = nameRef(v, am.get());
                extraPlaces.add(new Ref(r.kind(), r.sentence(), r.begin(), r.end(), r.text(), r.nerType(), r.titles(),
                        r.affiliation(), true));
            }
            for (String role : List.of("party", "other", "with", "host", "poss", "from")) {
                Optional<Integer> t = node(m, role);
                if (t.isPresent()) {
                    List<Ref> found = parties(v, t.get());
                    if (role.equals("host") && found.size() == 1) {
                        host = Optional.of(found.get(0));
                    }
                    for (Ref r : found) {
                        if (r.asPlace() && r.kind() == Ref.Kind.NAME && !r.nerType().equals("PERSON")
                                && !role.equals("from")) {
                            continue; // "visited the capital": a place, not a party
                        }
                        parties.add(r);
                    }
                }
            }
            for (Dependency d : v.children(event)) {
                boolean subject = (d.relation().startsWith("nsubj") && m.nodes().containsKey("party"))
                        || (d.relation().equals("obj") && m.nodes().containsKey("noun")
                        && v.mentionAt(d.dependent()).map(x -> x.type().equals("PERSON")).orElse(false));
                boolean demonym = (d.relation().equals("advmod") || d.relation().equals("dep"))
                        && v.mentionAt(d.dependent()).map(x -> gazetteer.demonym(x.text()).isPresent()).orElse(false);
                if (subject || demonym) {
                    for (Ref r : parties(v, d.dependent())) {
                        if (parties.stream().noneMatch(x -> x.begin() == r.begin())) {
                            parties.add(r);
                        }
                    }
                }
            }
            if (!m.nodes().containsKey("party") && !m.nodes().containsKey("host") && !m.nodes().containsKey("from")
                    && v.tok(event).pos().startsWith("VB")) {
                recoverSubject(v, event, parties);
            }
            if (m.rule().equals("noun-with") && !m.nodes().containsKey("party")) {
                // "X welcomed the results of talks with Y": X is the other side
                // "X welcomed what it called the results of talks with Y": through the naming clause to X
                int cur = event;
                for (int hop = 0; hop < 5 && cur >= 0; hop++) {
                    String rel = v.headRelation(cur);
                    if (!(rel.equals("nmod:of") || rel.equals("obj") || rel.startsWith("obl")
                            || (rel.equals("ccomp") && v.tok(cur).pos().startsWith("VB")))) {
                        break;
                    }
                    cur = v.head(cur);
                    if (cur >= 0 && v.tok(cur).pos().startsWith("VB")) {
                        List<Ref> subjects = new ArrayList<>();
                        for (Dependency d : v.children(cur)) {
                            if (d.relation().startsWith("nsubj")) {
                                subjects.addAll(parties(v, d.dependent()));
                            }
                        }
                        if (!subjects.isEmpty() || !naming(v, cur)) {
                            parties.addAll(0, subjects);
                            break;
                        }
                    }
                }
            }
            if (parties.isEmpty()) {
                parties.addAll(sidesSpokenFor(v));
            }
            List<Ref> listed = listedAfterColon(v, Math.max(event, noun));
            if (listed.size() >= 2) {
                // "the contact group met: A, B and C": the people listed stand for the body they make up
                parties.removeIf(p -> p.kind() == Ref.Kind.NAME && p.nerType().equals("ORGANIZATION")
                        && stateCode(p.text()).isEmpty() && gazetteer.seat(p.text()).isEmpty());
                for (Ref r : listed) {
                    if (parties.stream().noneMatch(x -> x.begin() == r.begin())) {
                        parties.add(r);
                    }
                }
            }
            MeetingCandidate previous = byEvent.get(event);
            if (previous != null) {
                List<Ref> merged = new ArrayList<>(previous.parties());
                for (Ref r : parties) {
                    if (merged.stream().noneMatch(x -> x.begin() == r.begin())) {
                        merged.add(r);
                    }
                }
                parties = merged;
                host = host.or(previous::host);
            }
            MeetingKind kind = kind(v, event, noun);
            double confidence = parties.size() >= 2 ? 0.8 : 0.5;
            List<Ref> places = new ArrayList<>(extraPlaces);
            places.addAll(places(v, event, noun));
            parties.removeIf(p -> p.kind() == Ref.Kind.NAME
                    && places.stream().anyMatch(pl -> pl.begin() == p.begin() && !pl.nerType().equals(p.nerType())));
            Optional<When> date = date(v, event, noun);
            Optional<MeetingKind> atEvent = atEvent(v, event, noun);
            byEvent.put(event, new MeetingCandidate(v.s.index(), v.tok(event).begin(), kind, parties, host,
                    places, date, date.isPresent() ? Optional.empty() : atEvent.map(k -> 0).or(() -> dayOffset(v, event)),
                    atEvent, current(v, event), status.get(), false, confidence));
        }
        List<MeetingCandidate> out = new ArrayList<>(byEvent.values());
        out.sort(Comparator.comparingInt(MeetingCandidate::eventBegin));
        for (RuleMatch m : ms) {
            if (m.relation().equals("meeting") && m.rule().startsWith("anaphor")) {
                int event = m.nodes().get("event");
                if (!eventNouns.add(event) || remote(v, event)) {
                    continue;
                }
                Optional<EventStatus> status = status(v, event, -1);
                if (status.isEmpty()) {
                    continue;
                }
                List<Ref> places = places(v, event, -1);
                Optional<When> date = date(v, event, -1);
                Optional<MeetingKind> atEvent = atEvent(v, event, -1);
                out.add(new MeetingCandidate(v.s.index(), v.tok(event).begin(), kind(v, event, -1), List.of(),
                        Optional.empty(), places, date,
                        date.isPresent() ? Optional.empty() : atEvent.map(k -> 0).or(() -> dayOffset(v, event)),
                        atEvent, current(v, event), status.get(), true, 0.5));
            }
        }
        return out;
    }

    /**
     * The sides that people in the sentence speak for, when there are two or more ("the heads of the teams, A for
     * the government and B for the rebels"): the parties of talks the sentence tells without naming them.
     */
    private List<Ref> sidesSpokenFor(View v) {
        List<Ref> sides = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Mention m : v.mentions) {
            if (!m.type().equals("PERSON") || isPronoun(v, m.first())) {
                continue;
            }
            for (Dependency d : v.children(v.mentionHead(m))) {
                boolean person = v.mentionAt(d.dependent()).map(x -> x.type().equals("PERSON")).orElse(false);
                if (d.relation().equals("nmod:for") && !person) {
                    List<Ref> side = new ArrayList<>();
                    collectParties(v, d.dependent(), side, seen);
                    side.stream().filter(r -> r.kind() == Ref.Kind.NAME && !r.nerType().equals("PERSON"))
                            .filter(r -> sides.stream().noneMatch(x -> x.begin() == r.begin())).forEach(sides::add);
                }
            }
        }
        return sides.size() >= 2 ? sides : List.of();
    }

    /**
     * The people listed after a colon that follows the event ("the table included the envoys: A, B and C"), when
     * what follows the colon is a list of names and nothing else, with no verb of its own.
     */
    private List<Ref> listedAfterColon(View v, int after) {
        List<Token> tokens = v.s.tokens();
        int colon = -1;
        for (int i = after + 1; i < tokens.size() && colon < 0; i++) {
            if (tokens.get(i).word().equals(":")) {
                colon = i;
            }
        }
        if (colon < 0) {
            return List.of();
        }
        for (int i = colon + 1; i < tokens.size(); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VB")) {
                return List.of();
            }
        }
        int from = colon;
        return v.mentions.stream().filter(m -> m.first() > from && m.type().equals("PERSON") && !isPronoun(v, m.first()))
                .map(m -> nameRef(v, m)).toList();
    }

    /**
     * A bad parse can hang the subject elsewhere ("On Saturday, X sat down with Y" with X as an apposition of
     * the date): the nearest name before the verb stands in for it.
     */
    private void recoverSubject(View v, int event, List<Ref> parties) {
        for (int i = event - 1; i >= Math.max(0, event - 8); i--) {
            Optional<Mention> m = v.mentionAt(i);
            if (m.isPresent() && (m.get().type().equals("PERSON") || m.get().type().equals("ORGANIZATION"))
                    && parties.stream().noneMatch(p -> p.begin() == m.get().begin())) {
                parties.add(0, nameRef(v, m.get()));
                return;
            }
            if (v.tok(i).pos().startsWith("VB") && !(v.head(i) == event && v.headRelation(i).startsWith("aux"))) {
                return;
            }
        }
    }

    /** "what the ministry called talks": a verb that only names the thing, not one that asks for it. */
    private static boolean naming(View v, int verb) {
        return v.tok(verb).lemma().equals("call") && v.children(verb).stream()
                .anyMatch(d -> v.tok(d.dependent()).lemma().equals("what"));
    }

    private MeetingKind kind(View v, int event, int noun) {
        int word = noun >= 0 ? noun : event;
        if (noun < 0 && v.headRelation(event).startsWith("acl") && v.head(event) >= 0) {
            word = v.head(event); // "a ceremony attended by both leaders": a ceremony
        }
        String lemma = v.tok(word).lemma();
        return switch (lemma) {
            case "summit" -> MeetingKind.SUMMIT;
            case "talk", "talks", "negotiation", "negotiations", "discussion", "discussions" -> MeetingKind.TALKS;
            case "round", "session" -> MeetingKind.NEGOTIATION_ROUND;
            case "visit", "host", "receive", "welcome" -> MeetingKind.VISIT;
            case "sign", "ceremony" -> MeetingKind.SIGNING;
            default -> MeetingKind.MEETING;
        };
    }

    /** Whether the event is a call or video link ("spoke by phone", "virtual summit"). */
    private boolean remote(View v, int event) {
        for (Dependency d : v.children(event)) {
            if (cues.has("remote", v.tok(d.dependent()).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Status from the words around the event: its auxiliaries and modifiers, the verbs that govern it (up to
     * three steps), and those verbs' auxiliaries. Empty when the meeting is denied or only wished for.
     */
    Optional<EventStatus> status(View v, int event, int noun) {
        List<Integer> context = new ArrayList<>();
        Set<Integer> chain = new HashSet<>();
        for (int start : new int[]{event, noun}) {
            if (start < 0) {
                continue;
            }
            int cur = start;
            for (int hop = 0; hop < 4 && cur >= 0; hop++) {
                chain.add(cur);
                for (Dependency d : v.children(cur)) {
                    String r = d.relation();
                    if (r.startsWith("aux") || r.equals("advmod") || r.equals("amod") || r.equals("det")
                            || r.equals("compound:prt") || r.equals("mark") || r.startsWith("xcomp")
                            || (r.equals("acl") && v.tok(d.dependent()).pos().equals("VBN"))) {
                        context.add(d.dependent());
                    }
                }
                int parent = v.head(cur);
                if (parent < 0) {
                    break;
                }
                String rel = v.headRelation(cur);
                if (!(rel.startsWith("xcomp") || rel.startsWith("obj") || rel.startsWith("nsubj")
                        || rel.equals("ccomp") || rel.startsWith("acl") || rel.startsWith("obl")
                        || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("nmod:of"))) {
                    break;
                }
                if (rel.startsWith("acl:relcl")) {
                    break;
                }
                cur = parent;
                context.add(cur);
            }
        }
        boolean negated = false;
        boolean cancelled = false;
        boolean hypothetical = false;
        boolean planned = false;
        for (int t : context) {
            String lemma = v.tok(t).lemma().toLowerCase();
            String word = v.tok(t).word().toLowerCase();
            if (cues.has("negation", lemma) || cues.has("negation", word)) {
                negated = true;
            }
            if (cues.has("cancelled", lemma)) {
                cancelled = !lemma.equals("off") || v.tok(v.head(t) < 0 ? t : v.head(t)).lemma().equals("call");
                cancelled = cancelled || lemma.equals("off");
            }
            if (cues.has("hypothetical", lemma) && !naming(v, t)) {
                hypothetical = true;
            }
            if (cues.has("planned", lemma) || cues.has("planned", word)) {
                planned = true;
            }
        }
        // "is to lead", "are to meet": a form of be governing the event as its auxiliary-like head
        for (Dependency d : v.children(event)) {
            if (d.relation().equals("aux") && v.tok(d.dependent()).lemma().equals("be")
                    && v.tok(event).pos().equals("VB")) {
                planned = true;
            }
        }
        if (cancelled) {
            return Optional.of(EventStatus.CANCELLED);
        }
        if (negated) {
            boolean scheduled = v.s.tokens().stream().anyMatch(t -> t.lemma().equals("schedule")
                    || t.lemma().equals("plan"));
            return scheduled ? Optional.of(EventStatus.CANCELLED) : Optional.empty();
        }
        if (hypothetical) {
            return Optional.empty();
        }
        return Optional.of(planned ? EventStatus.PLANNED : EventStatus.OCCURRED);
    }

    // ---------------------------------------------------------------- parties

    /** The parties a node names: names, demonyms of groups, roles, pronouns, and their conjuncts. */
    List<Ref> parties(View v, int head) {
        List<Ref> out = new ArrayList<>();
        collectParties(v, head, out, new HashSet<>());
        return out;
    }

    private void collectParties(View v, int head, List<Ref> out, Set<Integer> seen) {
        if (!seen.add(head)) {
            return;
        }
        Token t = v.tok(head);
        Optional<Mention> m = v.mentionAt(head);
        if (m.isPresent() && NAME_TYPES.contains(m.get().type()) && !isPronoun(v, head)) {
            Ref r = nameRef(v, m.get());
            if (m.get().type().equals("MISC") && gazetteer.demonym(m.get().text()).isPresent()) {
                r = new Ref(Ref.Kind.DEMONYM, r.sentence(), r.begin(), r.end(), r.text(), r.nerType(), List.of(),
                        Optional.empty(), false);
            } else if (m.get().type().equals("MISC")) {
                r = null;
            }
            if (r != null && out.stream().noneMatch(x -> x.begin() == m.get().begin())) {
                out.add(r);
                if (m.get().type().equals("PERSON")) {
                    for (Mention listed : listedBeside(v, m.get())) {
                        collectParties(v, listed.last(), out, seen);
                    }
                }
            }
            // a second name folded into this one by a bad parse ("A and son-in-law B")
            for (Dependency d : v.children(head)) {
                if (d.relation().equals("compound") || d.relation().startsWith("conj")) {
                    Optional<Mention> other = v.mentionAt(d.dependent());
                    if (other.isPresent() && other.get() != m.get() && other.get().type().equals("PERSON")) {
                        collectParties(v, d.dependent(), out, seen);
                    }
                }
            }
        } else if (t.pos().equals("WP") || t.pos().equals("WDT")) {
            // "X, who hosted the talks": the relative pronoun stands for its antecedent
            boolean found = false;
            for (Dependency d : v.parents(head)) {
                if (d.relation().equals("ref")) {
                    collectParties(v, d.governor(), out, seen);
                    found = true;
                }
            }
            int clause = v.head(head);
            if (!found && clause >= 0 && v.headRelation(clause).startsWith("acl")) {
                collectParties(v, v.head(clause), out, seen); // the parser hung the clause without a ref edge
            }
        } else if (cues.has("pronoun", t.word().toLowerCase()) && t.pos().startsWith("PRP")) {
            out.add(new Ref(Ref.Kind.PRONOUN, v.s.index(), t.begin(), t.end(), t.word(), "", List.of(),
                    Optional.empty(), false));
        } else if (isPair(v, head)) {
            out.add(new Ref(Ref.Kind.GROUP, v.s.index(), t.begin(), t.end(), t.word(), groupType(t), List.of(),
                    Optional.empty(), false));
        } else if (cues.has("collective", t.lemma())) {
            // "a group of Northland diplomats": the diplomats
            v.children(head).stream().filter(d -> d.relation().equals("nmod:of"))
                    .forEach(d -> collectParties(v, d.dependent(), out, seen));
        } else if (cues.has("group", t.lemma())) {
            int before = out.size();
            for (Ref r : namedInGroup(v, head)) {
                if (out.stream().noneMatch(x -> x.begin() == r.begin())) {
                    out.add(r);
                }
            }
            if (out.size() == before && cues.has("group-anaphor", t.lemma()) && !isPair(v, head)
                    && definite(v, head)) {
                // "received the delegation": the delegation named earlier ("a rebel delegation")
                v.groups.stream().filter(g -> g.getKey().equals(t.lemma()) && g.getValue().begin() < t.begin())
                        .reduce((a, b) -> b).map(Map.Entry::getValue).ifPresent(out::add);
            }
            if (out.size() == before && isPair(v, head)) {
                out.add(new Ref(Ref.Kind.GROUP, v.s.index(), t.begin(), t.end(), t.word(), groupType(t), List.of(),
                        Optional.empty(), false));
            }
        } else if (cues.has("role", t.lemma())) {
            Optional<Integer> named = v.children(head).stream()
                    .filter(d -> d.relation().equals("appos") || d.relation().equals("dep")).map(Dependency::dependent)
                    .filter(d -> v.mentionAt(d).map(x -> x.type().equals("PERSON")).orElse(false)).findFirst();
            boolean generic = v.children(head).stream().anyMatch(d -> d.relation().equals("det")
                    && (v.tok(d.dependent()).lemma().equals("a") || v.tok(d.dependent()).lemma().equals("an")));
            if (named.isPresent()) {
                collectParties(v, named.get(), out, seen);
            } else if (!generic) {
                List<String> words = new ArrayList<>();
                Optional<String> affiliation = Optional.empty();
                for (Dependency d : v.children(head)) {
                    Token c = v.tok(d.dependent());
                    Optional<Mention> cm = v.mentionAt(d.dependent());
                    if (cm.isPresent() && (d.relation().equals("nmod:poss") || d.relation().equals("amod")
                            || d.relation().equals("compound"))) {
                        affiliation = Optional.of(cm.get().text());
                    } else if (d.relation().equals("amod") || d.relation().equals("compound")) {
                        words.add(c.word().toLowerCase());
                    }
                }
                words.add(t.lemma());
                out.add(new Ref(Ref.Kind.ROLE, v.s.index(), t.begin(), t.end(), String.join(" ", words), "",
                        List.of(t.lemma()), affiliation, false));
            }
        }
        for (Dependency d : v.children(head)) {
            if (d.relation().startsWith("conj")) {
                collectParties(v, d.dependent(), out, seen);
            }
            // "the Northland team, led by its deputy minister": the leader is at the table too
            if (d.relation().startsWith("acl") && v.tok(d.dependent()).lemma().matches("lead|head")) {
                v.children(d.dependent()).stream()
                        .filter(a -> a.relation().equals("obl:agent") || a.relation().equals("obl:by"))
                        .forEach(a -> collectParties(v, a.dependent(), out, seen));
            }
        }
    }

    /**
     * The people listed after a name ("A, the then leader B and the guarantor powers") when the parser broke the
     * list up: a run of noun phrases joined by commas and a final "and". The last phrase counts only when no verb
     * follows it (it may be the subject of a new clause), and a list that runs into a verb of reporting is who
     * spoke.
     */
    private List<Mention> listedBeside(View v, Mention first) {
        List<Token> tokens = v.s.tokens();
        List<Mention> segments = new ArrayList<>();
        boolean joined = false;
        int i = first.last() + 1;
        while (i < tokens.size()) {
            int start = i;
            if (tokens.get(i).word().equals(",")) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).word().equals("and")) {
                joined = true;
                i++;
            }
            if (i == start) {
                break;
            }
            int phrase = i;
            Mention person = null;
            while (i < tokens.size() && nounPhraseTag(tokens.get(i).pos())) {
                Optional<Mention> m = v.mentionAt(i);
                if (m.isPresent() && m.get().type().equals("PERSON") && m.get().first() == i) {
                    person = m.get();
                    i = m.get().last();
                }
                i++;
            }
            if (i == phrase) {
                i = start;
                break;
            }
            segments.add(person);
        }
        if (!joined || segments.isEmpty()) {
            return List.of();
        }
        boolean verbAfter = i < tokens.size() && tokens.get(i).pos().startsWith("VB");
        if (verbAfter && cues.has("speech", tokens.get(i).lemma())) {
            return List.of();
        }
        if (verbAfter) {
            segments.remove(segments.size() - 1);
        }
        return segments.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static boolean nounPhraseTag(String pos) {
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("RB")
                || pos.equals("POS") || pos.equals("PRP$") || pos.equals("CD") || pos.equals("HYPH");
    }

    /** "the two men", "both leaders": a pair of people (PERSON), not of states or sides. */
    private String groupType(Token t) {
        return cues.has("person-noun", t.lemma()) || cues.has("role", t.lemma()) ? "PERSON" : "";
    }

    /** The names inside a group noun: "the rebel movement's delegation", "a Northland team". */
    private List<Ref> namedInGroup(View v, int head) {
        List<Ref> out = new ArrayList<>();
        for (int d : v.subtree(head, GROUP_PHRASE)) {
            // a name hung on another name ("CAPITAL - Northland's government": the dateline) is not in the group
            boolean onName = v.headRelation(d).equals("compound") && v.mentionAt(v.head(d)).isPresent()
                    && !v.mentionAt(v.head(d)).equals(v.mentionAt(d));
            if (d == head || onName) {
                continue;
            }
            Optional<Mention> dm = v.mentionAt(d);
            if (dm.isPresent() && dm.get().first() <= d && (dm.get().type().equals("MISC")
                    || dm.get().type().equals("LOCATION") || dm.get().type().equals("ORGANIZATION"))
                    && v.mentionHead(dm.get()) == d) {
                Ref r = nameRef(v, dm.get());
                if (gazetteer.demonym(dm.get().text()).isPresent()) {
                    r = new Ref(Ref.Kind.DEMONYM, r.sentence(), r.begin(), r.end(), r.text(), r.nerType(),
                            List.of(), Optional.empty(), false);
                } else if (r.asPlace()) {
                    continue; // "a delegation in the capital": where it is, not whom it speaks for
                } else if (dm.get().type().equals("MISC") && !v.tok(d).pos().startsWith("NNP")
                        && !v.properNouns.contains(dm.get().text()) && !v.properNouns.contains(dm.get().text() + "s")) {
                    continue;
                } else if (dm.get().type().equals("MISC")) {
                    // "a rebel movement's delegation" named by its proper adjective: the movement itself
                    r = new Ref(Ref.Kind.NAME, r.sentence(), r.begin(), r.end(), r.text(), "ORGANIZATION",
                            List.of(), Optional.empty(), false);
                }
                out.add(new Ref(r.kind(), r.sentence(), r.begin(), r.end(), r.text(), r.nerType(),
                        r.titles(), r.affiliation(), false));
            }
        }
        return out;
    }

    /** "the delegation", "its team": a group noun that refers back. */
    private static boolean definite(View v, int head) {
        return v.children(head).stream().anyMatch(d -> (d.relation().equals("det")
                && v.tok(d.dependent()).lemma().equals("the"))
                || (d.relation().equals("nmod:poss") && v.tok(d.dependent()).pos().equals("PRP$")));
    }

    private boolean isPair(View v, int head) {
        Token t = v.tok(head);
        if (t.word().equalsIgnoreCase("they") || t.word().equalsIgnoreCase("them")
                || t.word().equalsIgnoreCase("their")) {
            return true;
        }
        if (t.lemma().equals("both") || (t.lemma().equals("two") && v.head(head) < 0)) {
            return true;
        }
        if (t.lemma().equals("two") && !v.headRelation(head).equals("nummod")) {
            return true;
        }
        for (Dependency d : v.children(head)) {
            String l = v.tok(d.dependent()).lemma();
            if ((d.relation().equals("nummod") && l.equals("two")) || l.equals("both")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPronoun(View v, int token) {
        return v.tok(token).pos().startsWith("PRP") || v.tok(token).pos().equals("WP");
    }

    /** A name with the titles and affiliation printed around it. */
    Ref nameRef(View v, Mention m) {
        int head = v.mentionHead(m);
        List<Integer> titleTokens = new ArrayList<>();
        Optional<String> affiliation = Optional.empty();
        List<Integer> frontier = new ArrayList<>();
        frontier.add(head);
        for (Dependency d : v.parents(head)) {
            if (d.relation().equals("appos") && !v.inMention(d.governor(), m) && v.mentionAt(d.governor()).isEmpty()) {
                frontier.add(d.governor());
                titleTokens.add(d.governor());
            }
        }
        for (Dependency d : v.children(head)) {
            if (d.relation().equals("appos") && cues.has("role", v.tok(d.dependent()).lemma())) {
                frontier.add(d.dependent());
                titleTokens.add(d.dependent());
            }
        }
        for (int f : frontier) {
            Set<Integer> words = v.subtree(f, Set.of("compound", "amod", "nmod:poss", "flat"));
            if (f == head) {
                // only the run of words right before the name ("palace aide X"); a bad parse can hang
                // far-off words on it ("flying to the capital X")
                Set<Integer> run = new java.util.LinkedHashSet<>();
                for (int c = m.first() - 1; c >= 0 && words.contains(c); c--) {
                    Optional<Mention> cm = v.mentionAt(c);
                    if (cm.isPresent() && (cm.get().type().equals("PERSON")
                            || gazetteer.capital(cm.get().text()).isPresent())) {
                        break; // another name, or a city: never part of a title
                    }
                    run.add(c);
                }
                words = run;
            }
            for (int c : words) {
                if (c == f && f == head || v.inMention(c, m)) {
                    continue;
                }
                Optional<Mention> cm = v.mentionAt(c);
                if (cm.isPresent() && (cm.get().type().equals("PERSON") || cm.get().type().equals("DATE"))) {
                    continue;
                }
                boolean placeWord = v.children(c).stream().anyMatch(d -> d.relation().equals("case")
                        && cues.has("place-case", v.tok(d.dependent()).lemma()));
                if (placeWord) {
                    continue;
                }
                if (cm.isPresent() && affiliation.isEmpty()) {
                    affiliation = Optional.of(cm.get().text());
                }
                titleTokens.add(c);
            }
        }
        titleTokens.sort(Comparator.naturalOrder());
        List<String> titles = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int t : titleTokens) {
            Token tok = v.tok(t);
            if (tok.pos().equals("POS") || tok.pos().equals("DT")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(tok.word());
        }
        if (sb.length() > 0) {
            titles.add(sb.toString());
        }
        return new Ref(Ref.Kind.NAME, v.s.index(), m.begin(), m.end(), m.text(), m.type(), titles, affiliation,
                usedAsPlace(v, head));
    }

    private boolean usedAsPlace(View v, int head) {
        for (Dependency d : v.children(head)) {
            if (d.relation().equals("case") && cues.has("place-case", v.tok(d.dependent()).lemma())) {
                return true;
            }
        }
        String rel = v.headRelation(head);
        return rel.startsWith("obl:") && cues.has("place-case", rel.substring(4));
    }

    // ---------------------------------------------------------------- places and dates

    /** Places in the sentence, those closest to the event in the graph first. */
    private List<Ref> places(View v, int event, int noun) {
        List<Ref> here = new ArrayList<>();
        for (Dependency d : v.children(event)) {
            if (d.relation().equals("advmod") && v.tok(d.dependent()).lemma().equals("here")) {
                Token t = v.tok(d.dependent());
                here.add(new Ref(Ref.Kind.HERE, v.s.index(), t.begin(), t.end(), t.word(), "", List.of(),
                        Optional.empty(), true));
            }
        }
        List<Map.Entry<Integer, Ref>> ranked = new ArrayList<>();
        Set<Integer> topic = topicOf(v, event);
        for (Mention found : v.mentions) {
            if (topic.contains(v.mentionHead(found))) {
                continue;
            }
            Mention m = found;
            if (m.type().equals("PERSON") && m.first() == m.last() && placeCase(v, m.first())
                    && !v.headRelation(m.first()).equals("nmod:poss")) {
                // "In Norvik he met…": a one-word name after "in" or "at" is a place NER took for a person
                m = new Mention(m.sentence(), m.first(), m.last(), m.text(), "LOCATION", m.begin(), m.end(),
                        m.normalized());
            }
            if (!(m.type().equals("LOCATION") || m.type().equals("ORGANIZATION"))) {
                continue;
            }
            int h = v.mentionHead(m);
            int anchor = h;
            String rel = v.headRelation(h);
            if (!placeCase(v, h) && (rel.equals("nmod:of") || rel.equals("appos") || rel.equals("compound"))
                    && placeCase(v, v.head(h))) {
                anchor = v.head(h); // "in the truce village of X", "at a chateau in X"
            } else if (!placeCase(v, h) && (rel.equals("nmod:poss") || rel.equals("compound"))
                    && cues.has("region", v.tok(v.head(h)).lemma()) && (placeCase(v, v.head(h))
                    || v.children(v.head(h)).stream().anyMatch(d -> d.relation().equals("case")
                    && v.tok(d.dependent()).lemma().equals("on")))) {
                anchor = v.head(h); // "on X's southern island": the area lies in X
            } else if (!placeCase(v, h)) {
                continue;
            }
            if (m.type().equals("ORGANIZATION") && gazetteer.capital(m.text()).isEmpty()
                    && gazetteer.seat(m.text()).isEmpty()) {
                continue;
            }
            Ref r = nameRef(v, m);
            r = new Ref(r.kind(), r.sentence(), r.begin(), r.end(), r.text(), r.nerType(), r.titles(),
                    r.affiliation(), true);
            int hops = Math.min(v.hops(anchor, event), noun >= 0 ? v.hops(anchor, noun) : Integer.MAX_VALUE);
            ranked.add(Map.entry(hops == Integer.MAX_VALUE ? 100 + Math.abs(h - event) : hops, r));
        }
        for (Token t : v.s.tokens()) {
            if (bareCity(v, t)) {
                // "in the city", with no name: the dateline's city, where the report is filed from
                int hops = v.hops(t.index(), event);
                ranked.add(Map.entry(hops == Integer.MAX_VALUE ? 100 + Math.abs(t.index() - event) : hops,
                        new Ref(Ref.Kind.HERE, v.s.index(), t.begin(), t.end(), t.word(), "", List.of(),
                                Optional.empty(), true)));
            }
            capitalNamedByItsState(v, t).ifPresent(capital -> {
                int hops = Math.min(v.hops(t.index(), event),
                        noun >= 0 ? v.hops(t.index(), noun) : Integer.MAX_VALUE);
                ranked.add(Map.entry(hops == Integer.MAX_VALUE ? 100 + Math.abs(t.index() - event) : hops,
                        new Ref(Ref.Kind.NAME, v.s.index(), t.begin(), t.end(), capital.label(), "LOCATION",
                                List.of(), Optional.empty(), true)));
            });
        }
        // "at the palace in the capital": the city the venue stands in comes first
        List<Map.Entry<Integer, Ref>> cities = new ArrayList<>();
        for (Map.Entry<Integer, Ref> e : ranked) {
            if (gazetteer.capital(e.getValue().text()).isPresent()) {
                for (Map.Entry<Integer, Ref> o : ranked) {
                    if (o != e && o.getValue().begin() < e.getValue().begin() && o.getKey() < e.getKey()
                            && gazetteer.capital(o.getValue().text()).isEmpty()
                            && e.getValue().begin() - o.getValue().end() < 12) {
                        cities.add(Map.entry(o.getKey() - 1, e.getValue()));
                    }
                }
            }
        }
        ranked.addAll(cities);
        where(v, event).ifPresent(w -> ranked.add(Map.entry(-10, w)));
        ranked.sort(Map.Entry.comparingByKey());
        List<Ref> out = new ArrayList<>(here);
        boolean attached = !ranked.isEmpty() && ranked.get(0).getKey() < 100;
        // a place the graph ties to the meeting rules out the sentence's other places
        ranked.stream().filter(e -> !attached || e.getKey() < 100).forEach(e -> out.add(e.getValue()));
        return out;
    }

    private boolean bareCity(View v, Token t) {
        return cues.has("city-noun", t.lemma()) && placeCase(v, t.index())
                && v.children(t.index()).stream().allMatch(d -> d.relation().equals("case")
                || (d.relation().equals("det") && v.tok(d.dependent()).lemma().equals("the")));
    }

    /** "in the Norwegian capital", "in Norway's capital": that state's capital, by the gazetteer. */
    private Optional<Gazetteer.Capital> capitalNamedByItsState(View v, Token t) {
        if (!t.lemma().equals("capital") || !placeCase(v, t.index())) {
            return Optional.empty();
        }
        for (Dependency d : v.children(t.index())) {
            Optional<Mention> m = v.mentionAt(d.dependent());
            if (m.isPresent() && (d.relation().equals("amod") || d.relation().equals("nmod:poss")
                    || d.relation().equals("compound"))) {
                Optional<Gazetteer.Capital> capital = gazetteer.demonym(m.get().text())
                        .or(() -> gazetteer.state(m.get().text()))
                        .flatMap(st -> gazetteer.capitalOf(st.code()));
                if (capital.isPresent()) {
                    return capital;
                }
            }
        }
        return Optional.empty();
    }

    /** "the capital, where he met X": the place a relative clause with "where" hangs from. */
    private Optional<Ref> where(View v, int event) {
        int cur = event;
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            if (v.headRelation(cur).startsWith("acl:relcl")) {
                boolean hasWhere = v.children(cur).stream().anyMatch(d -> v.tok(d.dependent()).lemma().equals("where"));
                Optional<Mention> place = v.mentionAt(v.head(cur)).filter(x -> x.type().equals("LOCATION"));
                if (hasWhere && place.isPresent()) {
                    Ref r = nameRef(v, place.get());
                    return Optional.of(new Ref(r.kind(), r.sentence(), r.begin(), r.end(), r.text(), r.nerType(),
                            r.titles(), r.affiliation(), true));
                }
                return Optional.empty();
            }
            cur = v.head(cur);
        }
        return Optional.empty();
    }

    private boolean placeCase(View v, int head) {
        for (Dependency d : v.children(head)) {
            String l = v.tok(d.dependent()).lemma();
            if (d.relation().equals("case") && (l.equals("in") || l.equals("at") || l.equals("outside")
                    || l.equals("near"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date nearest the event in the graph; failing that, the nearest date of the sentence that does not sit
     * in a relative clause (which tells of something else).
     */
    private Optional<When> date(View v, int event, int noun) {
        Set<Integer> chain = new HashSet<>();
        for (int start : new int[]{event, noun}) {
            int cur = start;
            // the meeting noun and the nouns it hangs from ("a round of talks"): a date in a relative
            // clause on them ("that the host had scheduled for Sunday") still dates the meeting
            for (int hop = 0; hop < 3 && cur >= 0; hop++) {
                chain.add(cur);
                if (!v.headRelation(cur).equals("nmod:of") && !v.tok(cur).pos().startsWith("NN")) {
                    break;
                }
                cur = v.head(cur);
            }
        }
        int clause = clauseOf(v, event);
        Set<Integer> topic = topicOf(v, event);
        Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Mention m : v.mentions) {
            if (topic.contains(v.mentionHead(m))) {
                continue;
            }
            boolean time = m.type().equals("TIME") && m.normalized().map(x -> x.matches("\\d{4}-\\d{2}-\\d{2}T.*"))
                    .orElse(false); // "that morning"
            if (!(m.type().equals("DATE") || time) || m.normalized().isEmpty()
                    || !m.normalized().get().matches("(\\d{4}|XXXX-\\d{2}).*") || anaphoricDay(m.text())) {
                continue;
            }
            int h = v.mentionHead(m);
            int score;
            if (reaches(v, h, chain)) {
                score = Math.abs(h - event);
            } else if (clauseOf(v, h) == clause && !v.inRelativeClause(h)) {
                score = Math.abs(h - event) + 100;
            } else {
                continue;
            }
            if (score < bestScore) {
                best = m;
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new When(best.normalized().get(), isWeekday(best.text())));
    }

    /**
     * What the parties talked about ("discussed the truce of 1990 in the border province"): its places and dates
     * are the topic's, not the meeting's.
     */
    private Set<Integer> topicOf(View v, int event) {
        Set<Integer> out = new HashSet<>();
        if (!cues.has("topic-verb", v.tok(event).lemma())) {
            return out;
        }
        java.util.Deque<Integer> todo = new java.util.ArrayDeque<>();
        v.children(event).stream().filter(d -> d.relation().equals("obj")).forEach(d -> todo.add(d.dependent()));
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (out.add(t)) {
                v.children(t).stream().filter(d -> !d.relation().equals("ref")).forEach(d -> todo.add(d.dependent()));
            }
        }
        return out;
    }

    /**
     * How a sentence dates a meeting by the event told before it: "the same day", "a day later", "the night
     * before", "after the ceremony", or "came three days after they met" (the meeting three days before the
     * event the main clause speaks of).
     */
    private Optional<Integer> dayOffset(View v, int event) {
        for (Mention m : v.mentions) {
            if (!(m.type().equals("DATE") || m.type().equals("TIME") || m.type().equals("DURATION"))
                    || m.first() > event) {
                continue;
            }
            Matcher same = SAME_DAY.matcher(m.text());
            Matcher later = DAYS_LATER.matcher(m.text());
            Matcher earlier = DAYS_EARLIER.matcher(m.text());
            if (same.matches()) {
                return Optional.of(0);
            } else if (later.matches()) {
                return count(later.group(1));
            } else if (earlier.matches()) {
                return count(earlier.group(1)).map(n -> -n);
            }
        }
        int cur = event;
        for (int hop = 0; hop < 4 && cur >= 0; hop++) {
            for (Dependency d : v.children(cur)) {
                Token t = v.tok(d.dependent());
                if ((d.relation().equals("obl:after") || d.relation().equals("obl:before"))
                        && t.lemma().equals("day") && cur != event) {
                    Optional<Integer> n = v.children(d.dependent()).stream()
                            .filter(x -> x.relation().equals("nummod")).findFirst()
                            .flatMap(x -> count(v.tok(x.dependent()).word()));
                    if (n.isPresent()) {
                        return Optional.of(d.relation().equals("obl:after") ? -n.get() : n.get());
                    }
                }
            }
            String rel = v.headRelation(cur);
            if (!(rel.equals("ccomp") || rel.startsWith("advcl") || rel.startsWith("conj") || rel.equals("xcomp"))) {
                break;
            }
            cur = v.head(cur);
        }
        return Optional.empty();
    }

    /**
     * "After the ceremony", "during its stay", "on the margins of the meeting": the event hangs from an
     * event told before, named by a bare definite noun, and so took place where and when that one did.
     */
    private Optional<MeetingKind> atEvent(View v, int event, int noun) {
        List<Dependency> around = new ArrayList<>(v.children(event));
        if (noun >= 0) {
            around.addAll(v.children(noun));
        }
        for (Dependency d : around) {
            int earlier = d.dependent();
            String rel = d.relation();
            if ((rel.equals("obl:on") || rel.equals("nmod:on")) && cues.has("margin", v.tok(earlier).lemma())) {
                earlier = v.children(earlier).stream().filter(x -> x.relation().equals("nmod:of"))
                        .map(Dependency::dependent).findFirst().orElse(-1);
            } else if (!(rel.equals("obl:after") || rel.equals("obl:during"))) {
                continue;
            }
            if (earlier >= 0 && cues.has("event-noun", v.tok(earlier).lemma()) && definite(v, earlier)
                    && v.children(earlier).stream().noneMatch(x -> x.relation().equals("compound")
                    || x.relation().equals("amod")
                    || (x.relation().startsWith("nmod") && !x.relation().equals("nmod:poss")))) {
                return Optional.of(kind(v, earlier, -1));
            }
        }
        return Optional.empty();
    }

    /** Whether the sentence tells the event as news rather than as background (see MeetingCandidate). */
    private boolean current(View v, int event) {
        if (v.mentions.stream().anyMatch(m -> m.type().equals("DATE") || m.type().equals("DURATION"))) {
            return false;
        }
        for (Dependency d : v.children(event)) {
            if (d.relation().startsWith("aux") && v.tok(d.dependent()).lemma().equals("have")) {
                return false; // "had met", "have held talks for years"
            }
        }
        return v.s.tokens().stream().noneMatch(t -> cues.has("background", t.lemma().toLowerCase()));
    }

    /** A small count in words or digits; none (the next day, the day before) is one. */
    private static Optional<Integer> count(String word) {
        if (word == null) {
            return Optional.of(1);
        }
        String w = word.toLowerCase(java.util.Locale.ROOT).replaceAll("^an?$", "one");
        if (w.matches("\\d{1,2}")) {
            return Optional.of(Integer.parseInt(w));
        }
        int i = NUMBER_WORDS.indexOf(w);
        return i >= 0 ? Optional.of(i + 1) : Optional.empty();
    }

    /** Whether the token hangs from the chain without crossing a relative clause on something else. */
    private static boolean reaches(View v, int token, Set<Integer> chain) {
        int cur = token;
        for (int hop = 0; hop < 6 && cur >= 0; hop++) {
            if (chain.contains(cur)) {
                return true;
            }
            String rel = v.headRelation(cur);
            boolean participle = rel.equals("acl") && (v.tok(cur).pos().equals("VBG") || v.tok(cur).pos().equals("VBN"));
            if (rel.startsWith("acl") && !participle && !chain.contains(v.head(cur))) {
                return false;
            }
            if (rel.startsWith("advcl") || rel.startsWith("ccomp") || rel.startsWith("csubj")
                    || rel.startsWith("parataxis")) {
                return false; // another clause, another event
            }
            cur = v.head(cur);
        }
        return false;
    }

    /** The nearest verb at or above a token: the clause it belongs to. */
    private static int clauseOf(View v, int token) {
        int cur = token;
        for (int hop = 0; hop < 12 && cur >= 0; hop++) {
            // a participle modifying a noun ("three hours beginning on Thursday") belongs to the noun's clause
            if (v.tok(cur).pos().startsWith("VB") && !v.headRelation(cur).equals("acl")) {
                return cur;
            }
            cur = v.head(cur);
        }
        return -1;
    }

    /** "the day before", "the same day", "the next day": counted from an event, not from publication. */
    private static boolean anaphoricDay(String text) {
        return text.matches("(?i).*\\b(before|after|same|next|following|previous|earlier|later)\\b.*")
                && !text.matches("(?i).*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
                + "|march|april|may|june|july|august|september|october|november|december|\\d{4})\\b.*");
    }

    private static boolean isWeekday(String text) {
        return text.matches("(?i).*\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*");
    }

    // ---------------------------------------------------------------- travel and datelines

    private Optional<TravelCandidate> travel(View v, RuleMatch m) {
        int place = m.nodes().get("place");
        Optional<Mention> pm = v.mentionAt(place);
        Optional<Integer> party = node(m, "party");
        if (pm.isPresent() && pm.get().type().equals("PERSON")) {
            // "flying to the capital the envoy said" parsed with the place as a modifier of the traveller
            party = Optional.of(place);
            pm = v.children(v.mentionHead(pm.get())).stream().filter(d -> d.relation().equals("compound"))
                    .map(d -> v.mentionAt(d.dependent())).flatMap(Optional::stream)
                    .filter(x -> x.type().equals("LOCATION")).findFirst();
        }
        if (pm.isEmpty() || !pm.get().type().equals("LOCATION")) {
            return Optional.empty();
        }
        int event = m.nodes().get("event");
        if (party.isEmpty()) {
            // "Hours before flying to the capital, the envoy said": the subject of the governing clause,
            // else the person the sentence names
            int gov = v.head(event);
            while (gov >= 0 && !v.tok(gov).pos().startsWith("VB")) {
                gov = v.head(gov);
            }
            if (gov >= 0) {
                party = v.children(gov).stream().filter(d -> d.relation().startsWith("nsubj"))
                        .map(Dependency::dependent)
                        .filter(d -> v.mentionAt(d).map(x -> x.type().equals("PERSON")).orElse(false)
                                || v.tok(d).pos().startsWith("PRP"))
                        .findFirst();
            }
            if (party.isEmpty()) {
                party = v.mentions.stream().filter(x -> x.type().equals("PERSON")).map(v::mentionHead).findFirst();
            }
        }
        Optional<Ref> who = party.flatMap(p -> parties(v, p).stream().findFirst());
        Ref r = nameRef(v, pm.get());
        Ref destination = new Ref(r.kind(), r.sentence(), r.begin(), r.end(), r.text(), r.nerType(), r.titles(),
                r.affiliation(), true);
        return Optional.of(new TravelCandidate(v.s.index(), who, destination, date(v, event, -1)));
    }

    private Optional<Ref> dateline(List<View> views) {
        if (views.isEmpty()) {
            return Optional.empty();
        }
        View v = views.get(0);
        List<Token> ts = v.s.tokens();
        for (int i = 1; i < Math.min(ts.size(), 8); i++) {
            String w = ts.get(i).word();
            if (w.equals("-") || w.equals("--") || w.equals("—") || w.equals("–")) {
                Token first = ts.get(0);
                if (!first.word().matches("[A-Z][A-Z .'/-]*[A-Z]")) {
                    return Optional.empty();
                }
                int end = 0;
                while (end < i && !ts.get(end).word().equals(",") && !ts.get(end).word().contains("/")
                        && ts.get(end).word().matches("[A-Z][A-Z.'-]*")) {
                    end++;
                }
                if (end == 0) {
                    end = 1;
                }
                String raw = ts.get(0).word().split("/")[0];
                int b = first.begin();
                int e = b + raw.length();
                if (end > 1) {
                    e = ts.get(end - 1).end();
                }
                String text = capitalise(v.text().substring(b - v.s.begin(), e - v.s.begin()));
                return Optional.of(new Ref(Ref.Kind.NAME, 0, b, e, text, "LOCATION", List.of(), Optional.empty(),
                        true));
            }
        }
        return Optional.empty();
    }

    private static String capitalise(String upper) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : upper.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- disputes

    private List<DisputeCandidate> disputes(View v, RuleMatch m) {
        int event = m.nodes().get("event");
        String rule = m.rule();
        boolean statesMayBeTerritory = rule.equals("claim") || rule.startsWith("regard-as")
                || rule.startsWith("separatist");
        List<Ref> agents = node(m, "agent").map(a -> statesOf(v, a)).orElse(List.of());
        List<Ref> sources = node(m, "source").map(a -> statesOf(v, a)).orElse(List.of());
        Set<Integer> excluded = new HashSet<>();
        node(m, "agent").ifPresent(a -> excluded.addAll(v.subtree(a, NOMINAL)));
        node(m, "source").ifPresent(a -> excluded.addAll(v.subtree(a, NOMINAL)));
        Set<Integer> area;
        Optional<Integer> territoryNode = node(m, "territory");
        if (territoryNode.isPresent()) {
            int t = territoryNode.get();
            // "X, the peninsula that Y seized": the name the description stands beside, not the description
            if (v.headRelation(t).equals("appos") && v.mentionAt(v.head(t)).isPresent()) {
                int description = t;
                t = v.head(t);
                area = new java.util.LinkedHashSet<>(v.subtree(t, NOMINAL));
                area.removeAll(v.subtree(description, NOMINAL));
            } else {
                area = v.subtree(t, NOMINAL);
            }
        } else {
            // a parse that lost the object: every name the clause governs, bar its subject
            area = new java.util.LinkedHashSet<>(v.subtree(event, Set.of("xcomp", "obj", "obl:including", "conj:and",
                    "nmod:of", "compound", "nmod:including", "appos", "det:qmod", "obl:as", "nmod:poss")));
            // "the Uplands, the plateau X captured": a reduced relative clause parsed as a conjunct of the land
            for (Dependency d : v.parents(event)) {
                if (d.relation().startsWith("conj")
                        && v.mentionAt(d.governor()).filter(x -> x.type().equals("LOCATION")).isPresent()) {
                    area.add(d.governor());
                }
            }
        }
        List<DisputeCandidate> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        if (rule.equals("owned-region") && territoryNode.isPresent() && v.mentionAt(territoryNode.get()).isEmpty()) {
            Token tt = v.tok(territoryNode.get());
            Ref territory = new Ref(Ref.Kind.NAME, v.s.index(), tt.begin(), tt.end(), tt.word(), "LOCATION",
                    List.of(), Optional.empty(), false);
            out.add(new DisputeCandidate(v.s.index(), territory, sources, Optional.empty(), Optional.empty(),
                    DisputeKind.CONTESTED, true));
            return out;
        }
        int top = territoryNode.orElse(-1);
        if (territoryNode.isPresent() && cues.has("region", v.tok(top).lemma()) && isPair(v, top)
                && area.stream().noneMatch(a -> v.mentionAt(a).filter(x -> x.type().equals("LOCATION")).isPresent())) {
            // "regard the two regions as occupied land": the two lands named last before
            List<Ref> named = new ArrayList<>();
            for (int i = v.lands.size() - 1; i >= 0 && named.size() < 2; i--) {
                Ref land = v.lands.get(i);
                if (land.begin() < v.tok(top).begin() && land.sentence() >= v.s.index() - 3
                        && named.stream().noneMatch(x -> x.text().equals(land.text()))) {
                    named.add(0, new Ref(land.kind(), land.sentence(), land.begin(), land.end(), land.text(),
                            land.nerType(), List.of(), Optional.empty(), false));
                }
            }
            if (named.size() == 2) {
                for (Ref land : named) {
                    List<Ref> claimants = new ArrayList<>(agents);
                    claimants.addAll(sources);
                    out.add(new DisputeCandidate(v.s.index(), land, claimants, Optional.empty(), Optional.empty(),
                            DisputeKind.CONTESTED, false));
                }
                return out;
            }
        }
        for (int t : area) {
            Optional<Mention> found = v.mentionAt(t);
            if (found.isEmpty() && unknownRegionName(v, t, top)) {
                // a region NER does not know ("the Norvale region"): the proper noun stands as its name
                Token tok = v.tok(t);
                found = Optional.of(new Mention(v.s.index(), t, t, tok.word(), "LOCATION", tok.begin(), tok.end(),
                        Optional.empty()));
            } else if (found.isPresent() && v.mentionHead(found.get()) != t) {
                continue;
            }
            Optional<Mention> tm = found;
            boolean regionName = v.headRelation(t).equals("compound") && cues.has("region", v.tok(v.head(t)).lemma())
                    && tm.map(x -> !x.type().equals("PERSON") && !x.type().equals("DATE")).orElse(false);
            if (tm.isEmpty() || !(tm.get().type().equals("LOCATION") || regionName) || excluded.contains(t)
                    || !seen.add(t)) {
                continue;
            }
            String rel = v.headRelation(t);
            if (rel.equals("compound") && !cues.has("region", v.tok(v.head(t)).lemma())) {
                continue; // "the northern peninsula": a modifier, not the land itself
            }
            boolean isState = gazetteer.state(tm.get().text()).isPresent();
            if (isState && (!statesMayBeTerritory || agents.stream().anyMatch(a -> a.text().equals(tm.get().text())))) {
                continue;
            }
            if (gazetteer.capital(tm.get().text()).isPresent() && !statesMayBeTerritory) {
                continue;
            }
            Ref territory = nameRef(v, tm.get());
            List<Ref> claimants = new ArrayList<>(agents);
            claimants.addAll(sources);
            for (Dependency d : v.children(t)) {
                if (d.relation().equals("nmod:poss")) {
                    claimants.addAll(statesOf(v, d.dependent()));
                }
            }
            if (rule.equals("claims-in")) {
                // "rival claims in the sea, which A contests with B and C": the states of the clause on it
                for (int d : v.subtree(t, Set.of("acl:relcl", "dep", "compound", "nmod:with", "conj:and", "nsubj",
                        "obj"))) {
                    Optional<Mention> dm = v.mentionAt(d);
                    if (d != t && dm.isPresent() && !v.inMention(d, tm.get()) && v.mentionHead(dm.get()) == d
                            && gazetteer.state(dm.get().text()).isPresent()) {
                        claimants.add(nameRef(v, dm.get()));
                    }
                }
            }
            if (isState && rule.startsWith("regard-as")) {
                claimants.add(territory); // a state regarded as another's land still claims itself
            }
            if (rule.startsWith("separatist")) {
                for (Dependency d : v.children(event)) {
                    if (d.relation().equals("nmod:poss")) {
                        claimants.addAll(statesOf(v, d.dependent()));
                    }
                }
            }
            if (claimants.size() == 1) {
                // "X seized T, which Y says ...": the one other state of the sentence
                for (Mention om : v.mentions) {
                    if ((om.type().equals("LOCATION") || om.type().equals("MISC"))
                            && (gazetteer.state(om.text()).isPresent() || gazetteer.demonym(om.text()).isPresent())
                            && !sameState(om.text(), claimants.get(0).text()) && om.begin() != tm.get().begin()) {
                        Ref r = nameRef(v, om);
                        claimants.add(om.type().equals("MISC") ? new Ref(Ref.Kind.DEMONYM, r.sentence(), r.begin(),
                                r.end(), r.text(), r.nerType(), List.of(), Optional.empty(), false) : r);
                        break;
                    }
                }
            }
            DisputeKind kind;
            Optional<Ref> controller = Optional.empty();
            String lemma = v.tok(event).lemma();
            if (lemma.equals("annex")) {
                kind = DisputeKind.ANNEXED;
                controller = agents.stream().findFirst();
            } else if (rule.equals("take") || rule.equals("hold") || rule.equals("held-by")) {
                kind = DisputeKind.OCCUPIED;
                controller = agents.stream().findFirst();
            } else if (rule.equals("claim") || rule.equals("recover") || rule.equals("claims-in")) {
                kind = DisputeKind.CLAIMED;
            } else {
                kind = DisputeKind.CONTESTED;
            }
            // the other lands of the same list are not claimants of this one
            claimants.removeIf(c -> area.stream().anyMatch(a -> a != t && v.tok(a).begin() == c.begin()
                    && v.headRelation(a).startsWith("conj")));
            out.add(new DisputeCandidate(v.s.index(), territory, claimants, controller, extent(v, t, event), kind,
                    rule.equals("owned-region")));
        }
        return out;
    }

    private boolean unknownRegionName(View v, int t, int top) {
        if (!v.tok(t).pos().startsWith("NNP") || v.mentionAt(t).isPresent()) {
            return false;
        }
        String rel = v.headRelation(t);
        int head = v.head(t);
        if (t == top) {
            return true;
        }
        if (rel.equals("compound") && head >= 0 && cues.has("region", v.tok(head).lemma())) {
            return true;
        }
        return rel.startsWith("conj") && head >= 0 && (v.headRelation(head).equals("compound")
                || head == top) && v.tok(head).pos().startsWith("NNP");
    }

    /** The state a name, demonym or capital stands for. */
    private Optional<String> stateCode(String surface) {
        return gazetteer.state(surface).or(() -> gazetteer.demonym(surface)).map(Gazetteer.State::code)
                .or(() -> gazetteer.capital(surface).map(Gazetteer.Capital::stateCode));
    }

    private boolean sameState(String a, String b) {
        Optional<Gazetteer.State> x = gazetteer.state(a).or(() -> gazetteer.demonym(a));
        Optional<Gazetteer.State> y = gazetteer.state(b).or(() -> gazetteer.demonym(b));
        return x.isPresent() ? x.equals(y) : Gazetteer.norm(a).equals(Gazetteer.norm(b));
    }

    /** States and organisations a node names, directly or through a demonym ("Norwegian troops"). */
    private List<Ref> statesOf(View v, int head) {
        List<Ref> out = new ArrayList<>();
        List<Ref> named = parties(v, head);
        if (named.size() == 1 && named.get(0).kind() == Ref.Kind.GROUP) {
            // "which both countries claim": the two states the article has named most so far, by name,
            // demonym or capital
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, Ref> first = new LinkedHashMap<>();
            for (Ref r : v.states) {
                if (r.begin() < named.get(0).begin()) {
                    String code = stateCode(r.text()).orElseThrow();
                    counts.merge(code, 1, Integer::sum);
                    first.putIfAbsent(code, r);
                }
            }
            List<String> top = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey).toList();
            if (top.size() < 2 || (top.size() > 2 && counts.get(top.get(1)).equals(counts.get(top.get(2))))) {
                return List.of(); // no clear pair
            }
            return List.of(first.get(top.get(0)), first.get(top.get(1)));
        }
        for (Ref r : named) {
            if (r.kind() == Ref.Kind.DEMONYM || (r.kind() == Ref.Kind.NAME && !r.nerType().equals("PERSON"))) {
                out.add(r);
            } else if (r.kind() == Ref.Kind.NAME && r.affiliation().isPresent()) {
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            // "Norwegian troops", "the plateau Norway" (a state set beside a common noun by a bad parse)
            for (int d : v.subtree(head, Set.of("amod", "compound", "nmod:poss", "appos"))) {
                Optional<Mention> dm = v.mentionAt(d);
                if (dm.isPresent() && gazetteer.demonym(dm.get().text()).isPresent()) {
                    Ref r = nameRef(v, dm.get());
                    out.add(new Ref(Ref.Kind.DEMONYM, r.sentence(), r.begin(), r.end(), r.text(), r.nerType(),
                            List.of(), Optional.empty(), false));
                } else if (dm.isPresent() && d != head && v.headRelation(d).equals("appos")
                        && gazetteer.state(dm.get().text()).isPresent()) {
                    out.add(nameRef(v, dm.get()));
                }
            }
        }
        return out;
    }

    /** "almost all of", "parts of", "around 20% of": the quantity the territory hangs from. */
    private Optional<String> extent(View v, int territory, int top) {
        int cur = territory;
        for (int hop = 0; hop < 4 && cur >= 0 && cur != top; hop++) {
            for (Dependency d : v.children(cur)) {
                Token q = v.tok(d.dependent());
                if ((d.relation().equals("det:qmod") || d.relation().equals("compound") || d.relation().equals("amod"))
                        && cues.has("extent", q.lemma())) {
                    return Optional.of(withAdverb(v, cur, d.dependent()));
                }
            }
            Token t = v.tok(cur);
            if (cur != territory && (cues.has("extent", t.lemma()) || cues.has("extent", t.word().toLowerCase()))) {
                return Optional.of(withAdverb(v, cur, cur));
            }
            cur = v.head(cur);
        }
        return Optional.empty();
    }

    private String withAdverb(View v, int holder, int quantity) {
        StringBuilder sb = new StringBuilder();
        for (Dependency d : v.children(holder)) {
            if (d.relation().equals("advmod") && d.dependent() < quantity) {
                sb.append(v.tok(d.dependent()).word()).append(' ');
            }
        }
        for (Dependency d : v.children(quantity)) {
            if ((d.relation().equals("nummod") || d.relation().equals("advmod")) && d.dependent() < quantity
                    && quantity != holder) {
                sb.append(v.tok(d.dependent()).word()).append(' ');
            }
        }
        sb.append(v.tok(quantity).word());
        return sb.toString();
    }
}
