package org.parley.resolve;

import org.junit.jupiter.api.Test;
import org.parley.domain.Entity;
import org.parley.domain.EntityKind;
import org.parley.domain.EventStatus;
import org.parley.domain.Extraction;
import org.parley.domain.Keys;
import org.parley.domain.Meeting;
import org.parley.domain.Outcome;
import org.parley.domain.TerritorialDispute;
import org.parley.extract.Extractor;
import org.parley.nlp.SharedPipeline;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleAnalyzerTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(SharedPipeline.get(), new Extractor());

    private static Extraction analyze(String text, String published) {
        Outcome<Extraction> o = ANALYZER.analyze(SharedPipeline.article(text, published));
        assertTrue(o instanceof Outcome.Ok, o.toString());
        return ((Outcome.Ok<Extraction>) o).value();
    }

    private static Set<String> parties(Meeting m) {
        return Set.copyOf(m.participants());
    }

    @Test
    void meetingHasPartiesPlaceDateAndStatus() {
        Extraction x = analyze("Mongolian President Batu Erdene met Estonian Prime Minister Kadri Tamm in Reykjavik "
                + "on Tuesday.", "2024-05-16");
        assertEquals(1, x.meetings().size());
        Meeting m = x.meetings().get(0);
        assertEquals(Set.of("batu-erdene", "kadri-tamm"), parties(m));
        assertEquals(Optional.of("reykjavik"), m.place());
        assertEquals("2024-05-14", m.date().orElseThrow().iso());
        assertEquals(EventStatus.OCCURRED, m.status());
    }

    @Test
    void plannedTalksAreNotReportedAsOccurred() {
        Extraction x = analyze("Batu Erdene and Kadri Tamm will hold talks in Tallinn next week.", "2024-05-16");
        assertEquals(EventStatus.PLANNED, x.meetings().get(0).status());
        Extraction y = analyze("Batu Erdene is expected to meet Kadri Tamm in Tallinn.", "2024-05-16");
        assertEquals(EventStatus.PLANNED, y.meetings().get(0).status());
    }

    @Test
    void calledOffMeetingIsCancelled() {
        Extraction x = analyze("A meeting between Batu Erdene and Kadri Tamm in Tallinn was called off on Monday.",
                "2024-05-16");
        assertEquals(1, x.meetings().size());
        assertEquals(EventStatus.CANCELLED, x.meetings().get(0).status());
    }

    @Test
    void phoneCallIsNotAMeeting() {
        Extraction x = analyze("Batu Erdene spoke by phone with Kadri Tamm on Monday.", "2024-05-16");
        assertTrue(x.meetings().isEmpty(), x.meetings().toString());
        assertEquals(1, x.calls().size());
        assertEquals(Set.of("batu-erdene", "kadri-tamm"), Set.copyOf(x.calls().get(0).participants()));
    }

    @Test
    void wishesAndDenialsAreNoMeetings() {
        assertTrue(analyze("Batu Erdene hoped to meet Kadri Tamm in Tallinn.", "2024-05-16").meetings().isEmpty());
        assertTrue(analyze("Batu Erdene did not meet Kadri Tamm on this trip.", "2024-05-16").meetings().isEmpty());
    }

    @Test
    void laterMentionOfTheTalksJoinsTheSameMeeting() {
        Extraction x = analyze("Batu Erdene met Kadri Tamm on Tuesday. The talks took place in Reykjavik and "
                + "lasted three hours.", "2024-05-16");
        assertEquals(1, x.meetings().size());
        Meeting m = x.meetings().get(0);
        assertEquals(2, m.evidence().size());
        assertEquals(Optional.of("reykjavik"), m.place());
    }

    @Test
    void pronounRefersToTheLastSubject() {
        Extraction x = analyze("Kadri Tamm arrived in Tallinn on Monday. There she met Batu Erdene.", "2024-05-16");
        assertEquals(Set.of("batu-erdene", "kadri-tamm"), parties(x.meetings().get(0)));
    }

    @Test
    void demonymsOfNegotiatorsNameTheStates() {
        Extraction x = analyze("Mongolian and Estonian negotiators will hold talks in Reykjavik on Friday.",
                "2024-05-16");
        assertEquals(Set.of("mongolia", "estonia"), parties(x.meetings().get(0)));
    }

    @Test
    void capitalAsSubjectStandsForTheStateAndAsPlaceStaysACity() {
        Extraction x = analyze("Tallinn said the envoys would meet in Reykjavik. Reykjavik rejected the plan.",
                "2024-05-16");
        Entity estonia = x.entity("estonia");
        assertEquals(EntityKind.STATE, estonia.kind());
        assertTrue(estonia.altLabels().contains("Tallinn"), estonia.altLabels().toString());
        assertEquals(EntityKind.STATE, x.entity("iceland").kind());
        assertTrue(x.entities().stream().anyMatch(e -> e.key().equals("reykjavik") && e.kind() == EntityKind.CITY));
    }

    @Test
    void surnameAndMisspellingJoinTheFullName() {
        Extraction x = analyze("Mongolian President Batu Erdenebat spoke on Monday. Erdenebat said the deal was "
                + "near. Later Batu Erdenebaat repeated it.", "2024-05-16");
        List<Entity> people = x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).toList();
        assertEquals(1, people.size(), people.toString());
        Entity p = people.get(0);
        assertEquals("batu-erdenebat", p.key());
        assertTrue(p.altLabels().contains("Erdenebat"));
        assertEquals(Optional.of("mongolia"), p.affiliation());
        assertTrue(p.roles().contains("Mongolian President"), p.roles().toString());
    }

    @Test
    void coordinatedRegionsGiveOneDisputeEach() {
        Extraction x = analyze("Uruguay is occupying parts of the Norvale, Estemar and Quintaro regions of Iceland.",
                "2024-05-16");
        Set<String> territories = Set.copyOf(x.disputes().stream().map(TerritorialDispute::territory).toList());
        assertEquals(Set.of("norvale", "estemar", "quintaro"), territories);
        for (TerritorialDispute d : x.disputes()) {
            assertEquals(Set.of("uruguay", "iceland"), Set.copyOf(d.claimants()));
            assertEquals(Optional.of("uruguay"), d.controller());
        }
    }

    @Test
    void bothCountriesClaimingLandAreTheArticlesTwoStates() {
        Extraction x = analyze("Uruguay and Iceland traded threats again. Uruguay recalled its envoy from Iceland, "
                + "and Iceland closed its port to Uruguayan ships. Chile urged calm. Norvale, which both countries "
                + "claim in full, has been at the heart of the row.", "2024-05-16");
        TerritorialDispute d = x.disputes().stream().filter(y -> y.territory().equals("norvale")).findFirst()
                .orElseThrow();
        assertEquals(Set.of("uruguay", "iceland"), Set.copyOf(d.claimants()));
    }

    @Test
    void annexedTerritoryHasAnnexerAndFormerOwnerAsClaimants() {
        Extraction x = analyze("Norvale, which Uruguay seized from Iceland and annexed in 2019, remains tense.",
                "2024-05-16");
        TerritorialDispute d = x.disputes().get(0);
        assertEquals("norvale", d.territory());
        assertEquals(Set.of("uruguay", "iceland"), Set.copyOf(d.claimants()));
        assertEquals(Optional.of("uruguay"), d.controller());
    }

    @Test
    void dateOfAParticipleBelongsToTheMeeting() {
        Extraction x = analyze("Kadri Tamm and Anu Kask met with Batu Erdene for more than two hours beginning late "
                + "Monday.", "2024-05-15");
        assertEquals("2024-05-13", x.meetings().get(0).date().orElseThrow().iso());
    }

    @Test
    void dateInAnotherClauseDoesNotDateTheMeeting() {
        Extraction x = analyze("Batu Erdene met Kadri Tamm in Tallinn, where the agency has kept an office since 2009.",
                "2024-05-15");
        // not 2009, and no date invented either
        assertEquals(java.util.Optional.empty(), x.meetings().get(0).date());
    }

    @Test
    void bareMonthOfAPastMeetingIsNotInTheFuture() {
        Extraction x = analyze("Batu Erdene and Kadri Tamm last met in September in Tallinn.", "2024-05-15");
        assertEquals("2023-09", x.meetings().get(0).date().orElseThrow().iso());
    }

    @Test
    void travelDestinationPlacesAMeetingThatNamesNoPlace() {
        Extraction x = analyze("Hours before flying to Reykjavik, Kadri Tamm spoke to reporters. Kadri Tamm met "
                + "Batu Erdene for three hours on Monday.", "2024-05-15");
        assertEquals(Optional.of("reykjavik"), x.meetings().get(0).place());
    }

    @Test
    void roundsOfTalksBetweenStatesKeepTheirParties() {
        Extraction x = analyze("Mongolia and Estonia held talks in Tallinn in March. The second round was held in "
                + "Reykjavik in April.", "2024-05-15");
        assertEquals(2, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("mongolia", "estonia"), parties(x.meetings().get(1)));
        assertEquals(Optional.of("reykjavik"), x.meetings().get(1).place());
    }

    @Test
    void plannedMeetingThatDidNotHappenIsCancelled() {
        Extraction x = analyze("A meeting between Batu Erdene and Kadri Tamm had been scheduled in Tallinn, but the "
                + "two did not meet.", "2024-05-15");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(EventStatus.CANCELLED, x.meetings().get(0).status());
    }

    @Test
    void delegationLeaderIsADelegateOfItsState() {
        Extraction x = analyze("Mongolian and Estonian negotiators will hold talks in Reykjavik on Friday. Mongolia's "
                + "delegation will be led by the deputy minister Anna Berg.", "2024-05-15");
        Meeting m = x.meetings().get(0);
        assertEquals(List.of(new org.parley.domain.Delegate("anna-berg", "mongolia")), m.delegates());
        assertEquals(Optional.of("mongolia"), x.entity("anna-berg").affiliation());
    }

    @Test
    void titleIsOnlyTheWordsRightBeforeTheName() {
        Extraction x = analyze("Hours before flying to Tallinn, envoy Kadri Tamm told reporters that the talks were "
                + "close.", "2024-05-15");
        Entity tamm = x.entity("kadri-tamm");
        assertEquals(List.of("envoy"), tamm.roles());
        assertTrue(tamm.affiliation().isEmpty(), tamm.affiliation().toString());
    }

    @Test
    void emptyArticleGivesAnEmptyExtraction() {
        Extraction x = analyze("", "2024-05-15");
        assertTrue(x.entities().isEmpty() && x.meetings().isEmpty() && x.disputes().isEmpty());
    }

    @Test
    void runOnTextIsAnalysedWithoutItsOverlongSentence() {
        String text = "Batu Erdene met Kadri Tamm in Reykjavik on Tuesday. " + "and then ".repeat(150) + "nothing.";
        Extraction x = analyze(text, "2024-05-16");
        assertEquals(1, x.meetings().size());
    }

    @Test
    void undatedMeetingRightAfterADatedOneSharesItsDate() {
        Extraction x = analyze("Batu Erdene met Kadri Tamm in Tallinn on Monday. After the ceremony Batu Erdene and "
                + "Anu Kask held talks at the old palace.", "2024-05-16");
        assertEquals(2, x.meetings().size(), x.meetings().toString());
        assertEquals("2024-05-13", x.meetings().get(1).date().orElseThrow().iso());
    }

    @Test
    void droppedPartOfASummitIsACancelledMeeting() {
        Extraction x = analyze("Batu Erdene and Kadri Tamm held a summit in Tallinn in March. A planned working "
                + "lunch was dropped.", "2024-05-16");
        assertEquals(List.of(EventStatus.OCCURRED, EventStatus.CANCELLED),
                x.meetings().stream().map(Meeting::status).toList());
        assertEquals(parties(x.meetings().get(0)), parties(x.meetings().get(1)));
    }

    @Test
    void everyKeyIsTheSlugOfItsLabel() {
        Extraction x = analyze("Mongolian President Batu Erdene met Estonian Prime Minister Kadri Tamm in Reykjavik.",
                "2024-05-16");
        assertFalse(x.entities().isEmpty());
        for (Entity e : x.entities()) {
            assertEquals(Keys.slug(e.label()), e.key(), e.toString());
        }
    }

    @Test
    void evidenceIsTheSentenceAtItsOffsets() {
        String text = "Rain fell. Batu Erdene met Kadri Tamm in Reykjavik on Tuesday.";
        Extraction x = analyze(text, "2024-05-16");
        var ev = x.meetings().get(0).evidence().get(0);
        assertEquals(text.substring(ev.begin(), ev.end()), ev.sentence());
        assertTrue(ev.sentence().startsWith("Batu Erdene met"));
    }

    @Test
    void analyzerIsSafeToCallFromSeveralThreads() throws Exception {
        String text = "Batu Erdene met Kadri Tamm in Reykjavik on Tuesday.";
        Extraction single = analyze(text, "2024-05-16");
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Extraction>> runs = pool.invokeAll(List.of(
                    () -> analyze(text, "2024-05-16"), () -> analyze(text, "2024-05-16"),
                    () -> analyze(text, "2024-05-16")));
            for (Future<Extraction> f : runs) {
                assertEquals(single.meetings(), f.get().meetings());
            }
        } finally {
            pool.shutdown();
        }
    }
    @Test
    void undatedMeetingTakesTheDateThePreviousSentenceSet() {
        Extraction x = analyze("Lena Brandt flew to Tallinn in January for talks on the grid. Days after her "
                + "arrival she met Oskar Vahl at the port.", "2024-05-16");
        Meeting m = x.meetings().stream().filter(y -> parties(y).contains("oskar-vahl")).findFirst().orElseThrow();
        assertEquals("2024-01", m.date().orElseThrow().iso());
    }

    @Test
    void partOfAMonthInOneWordDatesTheMeetingToThatMonth() {
        Extraction x = analyze("Lena Brandt flew to Tallinn in mid-March for talks on the grid. Days after her "
                + "arrival she met Oskar Vahl at the port.", "2024-05-16");
        Meeting m = x.meetings().stream().filter(y -> parties(y).contains("oskar-vahl")).findFirst().orElseThrow();
        assertEquals("2024-03", m.date().orElseThrow().iso());
    }

    @Test
    void meetingInAWhenClauseTakesTheDateItHangsFrom() {
        Extraction x = analyze("The last contact came in March 1999, when Lena Brandt met Oskar Vahl in Tallinn.",
                "2024-05-16");
        assertEquals("1999-03", x.meetings().get(0).date().orElseThrow().iso());
    }

    @Test
    void talksThatTheHostMerelyNamedStillTookPlace() {
        Extraction x = analyze("Estonia on Monday welcomed what it called the useful results of two days of talks "
                + "with Latvia in Tartu.", "2024-05-16");
        assertEquals(1, x.meetings().size());
        assertEquals(Set.of("estonia", "latvia"), parties(x.meetings().get(0)));
        assertEquals(EventStatus.OCCURRED, x.meetings().get(0).status());
    }

    @Test
    void everyReportedMeetingHasTwoParties() {
        Extraction x = analyze("Delegations from the Republic of Norvania and the Kingdom of Estmark will hold talks in "
                + "Vienna next week on reopening their shared border, the two foreign ministries said on Friday.", "2024-03-08");
        x.meetings().forEach(m -> assertTrue(m.participants().size() >= 2, m.toString()));
    }

    @Test
    void theDatelineBeatsATripMadeAfterTheTalks() {
        Extraction x = analyze("OSLO - Foreign Minister Ana Duarte and Foreign Minister Erik Dahl held talks on Friday.\n\n"
                + "Duarte flew to Lima on Friday evening.", "2024-05-10");
        Meeting m = x.meetings().get(0);
        assertEquals("Oslo", x.entity(m.place().orElseThrow()).label());
    }

    @Test
    void partiesThatNerKnowsOnlyAsPlacesActAsPolities() {
        Extraction x = analyze("The trade envoys of Northland and Southmark met in the harbour town on Monday to "
                + "discuss fishing quotas.", "2025-03-05");
        Meeting m = x.meetings().get(0);
        assertEquals(2, m.participants().size(), m.toString());
        m.participants().forEach(p -> assertFalse(x.entity(p).kind().isPlace(), x.entity(p).toString()));
    }

    @Test
    void theSameDayAndADayLaterCountFromTheEventToldBefore() {
        Extraction x = analyze("Lena Brandt met Oskar Vahl in Tartu on March 3.\n\n"
                + "The same day, Ana Duarte was in Riga, where she met Erik Dahl.\n\n"
                + "A day later Duarte met Marta Kallas in Vilnius.", "2025-03-10");
        assertEquals(3, x.meetings().size(), x.meetings().toString());
        assertEquals("2025-03-03", x.meetings().get(1).date().orElseThrow().iso());
        assertEquals("2025-03-04", x.meetings().get(2).date().orElseThrow().iso());
    }

    @Test
    void talksAfterTheCeremonyTookPlaceWhereAndWhenTheCeremonyWas() {
        Extraction x = analyze("TARTU - Lena Brandt and Oskar Vahl signed a border treaty at a ceremony in Tartu on "
                + "Friday.\n\nAfter the ceremony Brandt and Marta Kallas held talks at the old town hall.",
                "2025-03-07");
        Meeting talks = x.meetings().get(x.meetings().size() - 1);
        assertEquals(Set.of("lena-brandt", "marta-kallas"), parties(talks));
        assertEquals("2025-03-07", talks.date().orElseThrow().iso());
        assertEquals("Tartu", x.entity(talks.place().orElseThrow()).label());
    }

    @Test
    void undatedNewsIsDatedToThePublicationMonthButBackgroundIsNot() {
        Extraction news = analyze("In Tartu, Lena Brandt held talks with her Latvian host, Oskar Vahl.", "2025-03-07");
        assertEquals("2025-03", news.meetings().get(0).date().orElseThrow().iso());
        Extraction background = analyze("Lena Brandt had met Oskar Vahl in Tartu before the war.", "2025-03-07");
        assertTrue(background.meetings().stream().allMatch(m -> m.date().isEmpty()), background.meetings().toString());
    }

    @Test
    void roundsListedInOneSentenceAreKeptInTheOrderTheyTookPlace() {
        Extraction x = analyze("Since March Estonia and Latvia have held four rounds of talks: two in Tartu, on March 3 "
                + "and March 24, and two in Riga, on March 10 and April 2.", "2025-04-10");
        List<String> dates = x.meetings().stream().map(m -> m.date().orElseThrow().iso()).toList();
        assertEquals(List.of("2025-03-03", "2025-03-10", "2025-03-24", "2025-04-02"), dates);
    }

    @Test
    void theTwoRegionsAreTheTwoLandsNamedBefore() {
        Extraction x = analyze("A neighbouring state recognised Somaliland and Puntland as independent states after a "
                + "short war. Somalia and nearly every other country regard the two regions as Somali land.", "2025-03-07");
        Set<String> territories = Set.copyOf(x.disputes().stream().map(TerritorialDispute::territory).toList());
        assertEquals(Set.of("somaliland", "puntland"), territories);
    }

    private static Entity entity(Extraction x, String key) {
        return x.entities().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + x.entities()));
    }

    @Test
    void statesAndCapitalsCarryTheirGazetteerLinks() {
        Extraction x = analyze("Mongolian President Batu Erdene met Estonian Prime Minister Kadri Tamm in Reykjavik "
                + "on Tuesday.", "2024-05-16");
        Entity mongolia = entity(x, "mongolia");
        assertEquals(Optional.of("Q711"), mongolia.wikidata());
        assertEquals(Optional.of("MN"), mongolia.isoCode());
        assertEquals(Optional.of("2029969"), mongolia.geonames());
        assertTrue(mongolia.point().isPresent());
        Entity reykjavik = entity(x, "reykjavik");
        assertEquals(Optional.of("3413829"), reykjavik.geonames());
        assertEquals(64.1, reykjavik.point().orElseThrow().latitude(), 0.1);
    }

    @Test
    void aMeetingInACityThatIsNoCapitalGetsItsPoint() {
        Extraction x = analyze("Batu Erdene met Kadri Tamm in Munich on Tuesday.", "2024-05-16");
        assertEquals(Optional.of("munich"), x.meetings().get(0).place());
        Entity munich = entity(x, "munich");
        assertEquals(Optional.of("2867714"), munich.geonames());
        assertEquals(11.6, munich.point().orElseThrow().longitude(), 0.1);
    }

    @Test
    void aRegionNamedAsAPlaceCarriesItsIsoCodeAndWikidataItem() {
        Extraction x = analyze("Batu Erdene and Kadri Tamm toured Bavaria on Tuesday.", "2024-05-16");
        Entity bavaria = entity(x, "bavaria");
        assertEquals(Optional.of("DE-BY"), bavaria.isoCode());
        assertEquals(Optional.of("Q980"), bavaria.wikidata());
    }

    @Test
    void aPersonIsNeverGivenAPlacesLinks() {
        Extraction x = analyze("Salzburg Erdene met Kadri Tamm on Tuesday.", "2024-05-16");
        x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)
                .forEach(e -> assertTrue(e.point().isEmpty() && e.geonames().isEmpty(), e.toString()));
    }

    @Test
    void peopleListedAfterAColonAreTheMeetingsParties() {
        Extraction x = analyze("The so-called Baltic Group, which had been meeting in Vilnius all week, signed the "
                + "text on Monday: former president Batu Erdene, Estonia's ambassador to Oslo Kadri Tamm and the rebel "
                + "commander Arvo Kask.", "2024-05-16");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("batu-erdene", "kadri-tamm", "arvo-kask"), parties(x.meetings().get(0)));
    }

    @Test
    void aListTheParserBrokeUpStillNamesEveryParty() {
        Extraction x = analyze("The last attempt collapsed in Tartu in July 2017, when talks involving Batu Erdene, "
                + "the then Latvian prime minister Arvo Kask and the guarantor powers broke down after a stormy "
                + "session.", "2024-05-16");
        assertTrue(x.meetings().stream().anyMatch(m -> parties(m).containsAll(Set.of("batu-erdene", "arvo-kask"))),
                x.meetings().toString());
    }

    @Test
    void anIslandOfAStateIsWhereTheyMet() {
        Extraction x = analyze("Batu Erdene and Kadri Tamm first met on Estonia's Kuldsaar island in June last year.",
                "2024-05-16");
        assertEquals(Optional.of("kuldsaar"), x.meetings().get(0).place());
    }

    @Test
    void flyingToASummitOfOthersIsNoTalksWithTheHostState() {
        Extraction x = analyze("Batu Erdene and Kadri Tamm flew to Vienna on Monday for a summit of European "
                + "Union leaders.", "2024-05-16");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("batu-erdene", "kadri-tamm"), parties(x.meetings().get(0)));
        assertEquals(Optional.of("vienna"), x.meetings().get(0).place());
    }

    @Test
    void aRoleToldBeforeTheNameIsThePersonNamedNext() {
        Extraction x = analyze("Estonia's foreign minister met a Latvian delegation in Riga on Tuesday. Kadri Tamm "
                + "and the Latvian team, led by Deputy Minister Arvo Kask, discussed the 1991 border treaty and the "
                + "ceasefire in the Narva district. Batu Erdene also met Estonia's foreign minister in Vilnius "
                + "on Wednesday.", "2024-05-16");
        Meeting riga = x.meetings().stream().filter(m -> m.place().equals(Optional.of("riga"))).findFirst()
                .orElseThrow(() -> new AssertionError(x.meetings().toString()));
        assertTrue(parties(riga).containsAll(Set.of("kadri-tamm", "arvo-kask")), riga.toString());
        assertEquals("2024-05-14", riga.date().orElseThrow().iso());
        assertTrue(x.meetings().stream().anyMatch(m -> parties(m).equals(Set.of("batu-erdene", "kadri-tamm"))),
                x.meetings().toString());
    }

    @Test
    void theCapitalNamedByItsStateIsThatCapital() {
        Extraction x = analyze("Batu Erdene met Kadri Tamm on Monday. It was the second time the two men had sat "
                + "down together in the Norwegian capital this year.", "2024-05-16");
        assertTrue(x.meetings().stream().allMatch(m -> m.place().equals(Optional.of("oslo"))), x.meetings().toString());
    }

    @Test
    void theCityWithNoNameIsTheDatelinesCity() {
        Extraction x = analyze("TALLINN - The contact group, which had been meeting in the city all week, signed "
                + "the text: Batu Erdene, Kadri Tamm and Arvo Kask.", "2024-05-16");
        assertEquals(Optional.of("tallinn"), x.meetings().get(0).place(), x.meetings().toString());
    }

    @Test
    void aGroupOfDiplomatsStandsForTheirState() {
        Extraction x = analyze("A group of Estonian diplomats held their first meeting with President Batu Erdene on "
                + "Monday.", "2024-05-16");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("estonia", "batu-erdene"), parties(x.meetings().get(0)));
    }

    @Test
    void arrivingInACapitalOnAVisitIsAVisitToItsState() {
        Extraction x = analyze("President Batu Erdene arrived in Tallinn on a surprise visit on Monday.", "2024-05-16");
        assertEquals(1, x.meetings().size(), x.meetings().toString());
        assertEquals(Set.of("estonia", "batu-erdene"), parties(x.meetings().get(0)));
        assertEquals(Optional.of("tallinn"), x.meetings().get(0).place());
    }

    @Test
    void roundsListedByPlaceEachKeepTheirPlaceAndMonth() {
        Extraction x = analyze("Estonia's government and the Baltic Liberation Front held talks in Oslo on Friday. The "
                + "first round was held in Tallinn last November, the second in Riga in February and March.",
                "2024-05-16");
        assertTrue(x.meetings().stream().anyMatch(m -> m.place().equals(Optional.of("tallinn"))
                && m.date().orElseThrow().iso().equals("2023-11")), x.meetings().toString());
        assertTrue(x.meetings().stream().anyMatch(m -> m.place().equals(Optional.of("riga"))
                && m.date().orElseThrow().iso().equals("2024-02")), x.meetings().toString());
    }
}
