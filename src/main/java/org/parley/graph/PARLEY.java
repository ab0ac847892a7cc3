package org.parley.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Every RDF term Parley writes that Jena's own vocabulary classes lack, one constant per term, named as
 * {@code ontology/parley.ttl} names it; each Javadoc line is the term's {@code rdfs:comment}. A test keeps the
 * two in step.
 */
public final class PARLEY {
    /** The namespace of Parley's terms. */
    public static final String NS = "https://w3id.org/parley/ont#";

    /** The ontology itself, and the name of the graph that holds it in the store. */
    public static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/parley/ont");

    /** A news article that Parley read: its source, metadata and text. */
    public static final Node Article = term("Article");
    /** Where the article was read from: its canonical URL, else its file as a file: IRI. */
    public static final Node sourceLocation = term("sourceLocation");
    /** The article's title. */
    public static final Node headline = term("headline");
    /** The publication date, which anchors the article's relative dates. */
    public static final Node published = term("published");
    /** The name of an author, as the byline gives it. */
    public static final Node authorName = term("authorName");
    /** The outlet that published the article. */
    public static final Node publisherName = term("publisherName");
    /** The language of the article text, as a BCP 47 tag. */
    public static final Node language = term("language");
    /** SHA-256 of the article text, in hex: the same text under another name has the same hash. */
    public static final Node contentHash = term("contentHash");
    /** The article body that evidence offsets point into. */
    public static final Node text = term("text");
    /** A sentence of an article that supports a fact, with its character offsets in the article text and a confidence. */
    public static final Node Evidence = term("Evidence");
    /** A sentence that supports this fact. */
    public static final Node evidence = term("evidence");
    /** The article the sentence stands in. */
    public static final Node inArticle = term("inArticle");
    /** The sentence, exactly as it stands between the offsets. */
    public static final Node sentenceText = term("sentenceText");
    /** Character offset of the sentence start in the article text (inclusive, counted in UTF-16 code units from 0). */
    public static final Node beginIndex = term("beginIndex");
    /** Character offset of the sentence end in the article text (exclusive). */
    public static final Node endIndex = term("endIndex");
    /** How sure the extractor is that the sentence supports the fact, from 0 to 1. */
    public static final Node confidence = term("confidence");
    /** An article that reports this event or dispute. */
    public static final Node reportedIn = term("reportedIn");
    /** An article that names this entity. */
    public static final Node mentionedIn = term("mentionedIn");
    /** The version of Parley that ran an ingestion. */
    public static final Node softwareVersion = term("softwareVersion");
    /** A person, organisation, state or armed group that can take part in events. */
    public static final Node Agent = term("Agent");
    /** A person: leader, envoy, negotiator, official. */
    public static final Node Person = term("Person");
    /** An organisation: international body, government agency, party, movement. */
    public static final Node Organization = term("Organization");
    /** A non-state armed group or de facto authority. */
    public static final Node ArmedGroup = term("ArmedGroup");
    /** A sovereign state: a party when it acts (its capital or seat of government may stand for it in the text), a place when things happen in it. */
    public static final Node State = term("State");
    /** Where something happens or what is disputed. */
    public static final Node Place = term("Place");
    /** A city or town. */
    public static final Node City = term("City");
    /** A region, province or area within or across states. */
    public static final Node Region = term("Region");
    /** A territory whose status is a matter of dispute: breakaway region, occupied land, claimed islands or sea. */
    public static final Node Territory = term("Territory");
    /** A building or site where a meeting is held. */
    public static final Node Venue = term("Venue");
    /** A title or role the article gives the person ("presidential aide"). */
    public static final Node role = term("role");
    /** The state or organisation a person acts for. */
    public static final Node affiliation = term("affiliation");
    /** ISO 3166-1 alpha-2 code of a state, or ISO 3166-2 code of a region. */
    public static final Node isoCode = term("isoCode");
    /** A contact between parties that an article reports. */
    public static final Node Event = term("Event");
    /** A face-to-face encounter or talks between two or more parties: summit, talks, visit, negotiation round, signing. */
    public static final Node Meeting = term("Meeting");
    /** A phone or video call between parties; never a meeting. */
    public static final Node PhoneCall = term("PhoneCall");
    /** A party to the event: a person, or a state or organisation when the talks are between them. */
    public static final Node participant = term("participant");
    /** Two agents took part in the same meeting; a shortcut for network views, derived from parley:participant. */
    public static final Node metWith = term("metWith");
    /** A named member of a party's delegation to the meeting. */
    public static final Node delegation = term("delegation");
    /** That a person took part in a meeting on behalf of a party. */
    public static final Node Delegation = term("Delegation");
    /** The person in the delegation. */
    public static final Node delegate = term("delegate");
    /** The party the delegate acts for. */
    public static final Node represents = term("represents");
    /** Who hosts the meeting. */
    public static final Node host = term("host");
    /** Who mediates between the parties. */
    public static final Node mediator = term("mediator");
    /** The city, venue or site where the event happens. */
    public static final Node place = term("place");
    /** When the event happens, at the precision the text gives: xsd:date, xsd:gYearMonth or xsd:gYear. */
    public static final Node date = term("date");
    /** Whether the event occurred, is planned, or was cancelled, as of the article. */
    public static final Node status = term("status");
    /** The form of the meeting: summit, talks, visit, negotiation round, signing. */
    public static final Node meetingKind = term("meetingKind");
    /** Whether an event occurred, is planned or was cancelled. */
    public static final Node EventStatus = term("EventStatus");
    /** The form a meeting takes. */
    public static final Node MeetingKind = term("MeetingKind");
    /** The statuses an event can have. */
    public static final Node statuses = term("statuses");
    /** The event took place, whatever its result. */
    public static final Node occurred = term("occurred");
    /** The event is announced or scheduled. */
    public static final Node planned = term("planned");
    /** The event was scheduled but called off or never happened. */
    public static final Node cancelled = term("cancelled");
    /** The forms a meeting can take. */
    public static final Node meetingKinds = term("meetingKinds");
    /** A meeting whose form the text does not say. */
    public static final Node meeting = term("meeting");
    /** A meeting of heads of state or government. */
    public static final Node summit = term("summit");
    /** Talks between parties or their delegations. */
    public static final Node talks = term("talks");
    /** One party visits another. */
    public static final Node visit = term("visit");
    /** A numbered or scheduled round of negotiations. */
    public static final Node negotiationRound = term("negotiationRound");
    /** A ceremony at which the parties sign an agreement. */
    public static final Node signing = term("signing");
    /** A territory whose sovereignty or control is contested, with its claimants and, when the text says, who controls it and how much. */
    public static final Node TerritorialDispute = term("TerritorialDispute");
    /** The disputed territory. */
    public static final Node territory = term("territory");
    /** A party contesting the territory's sovereignty or control. */
    public static final Node claimant = term("claimant");
    /** The party that holds the territory, according to the article. */
    public static final Node controller = term("controller");
    /** How much of the territory the controller holds, in the article's words ("almost all", "parts of", "around 20%"). */
    public static final Node controlExtent = term("controlExtent");
    /** Whether the territory is annexed, occupied, claimed or otherwise contested. */
    public static final Node disputeKind = term("disputeKind");
    /** How a territory is contested. */
    public static final Node DisputeKind = term("DisputeKind");
    /** The ways a territory can be contested. */
    public static final Node disputeKinds = term("disputeKinds");
    /** Declared part of another state by that state. */
    public static final Node annexed = term("annexed");
    /** Held by force by a party other than the sovereign. */
    public static final Node occupied = term("occupied");
    /** Claimed by a party that does not hold it. */
    public static final Node claimed = term("claimed");
    /** Divided or fought over, with no single holder stated. */
    public static final Node contested = term("contested");

    /** One real-world meeting, however many articles report it: the parties, place and date the reports agree on, and the status of the latest report. */
    public static final Node CanonicalMeeting = term("CanonicalMeeting");
    /** One real-world phone or video call, however many articles report it. */
    public static final Node CanonicalCall = term("CanonicalCall");
    /** One territorial dispute, per territory and set of claimants, across every article that reports it; controller and extent as the latest report gives them. */
    public static final Node CanonicalDispute = term("CanonicalDispute");
    /** A report of this canonical event or dispute in one article's graph: that article's meeting, call or dispute node. */
    public static final Node reportedAs = term("reportedAs");
    /** The report of the most recently published article, which gives the canonical status, controller and extent. */
    public static final Node latestReport = term("latestReport");
    /** How many articles report this canonical event or dispute. */
    public static final Node sourceCount = term("sourceCount");

    private PARLEY() {}

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    /** The PROV-O terms Parley writes, for the provenance of each article graph. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";

        /** A thing with provenance (PROV-O); every article graph is one. */
        public static final Node Entity = NodeFactory.createURI(NS + "Entity");
        /** Something that happened over time and made entities (PROV-O); an ingestion run. */
        public static final Node Activity = NodeFactory.createURI(NS + "Activity");
        /** Running software (PROV-O); Parley itself. */
        public static final Node SoftwareAgent = NodeFactory.createURI(NS + "SoftwareAgent");
        /** The article a graph was made from (PROV-O). */
        public static final Node wasDerivedFrom = NodeFactory.createURI(NS + "wasDerivedFrom");
        /** The ingestion run that made a graph (PROV-O). */
        public static final Node wasGeneratedBy = NodeFactory.createURI(NS + "wasGeneratedBy");
        /** The software that ran an ingestion (PROV-O). */
        public static final Node wasAssociatedWith = NodeFactory.createURI(NS + "wasAssociatedWith");
        /** The article an ingestion run read (PROV-O). */
        public static final Node used = NodeFactory.createURI(NS + "used");
        /** When an ingestion run started (PROV-O). */
        public static final Node startedAtTime = NodeFactory.createURI(NS + "startedAtTime");
        /** When an ingestion run ended (PROV-O). */
        public static final Node endedAtTime = NodeFactory.createURI(NS + "endedAtTime");
        /** When a graph was written (PROV-O). */
        public static final Node generatedAtTime = NodeFactory.createURI(NS + "generatedAtTime");

        private PROV() {}
    }

    /** The GeoSPARQL terms Parley writes for the point of a place. */
    public static final class GEO {
        public static final String NS = "http://www.opengis.net/ont/geosparql#";

        /** A shape of a feature (GeoSPARQL); Parley's are points from its gazetteer. */
        public static final Node Geometry = NodeFactory.createURI(NS + "Geometry");
        /** A shape of this place (GeoSPARQL). */
        public static final Node hasGeometry = NodeFactory.createURI(NS + "hasGeometry");
        /** The shape as Well-Known Text (GeoSPARQL): POINT(longitude latitude) in WGS 84. */
        public static final Node asWKT = NodeFactory.createURI(NS + "asWKT");
        /** Well-Known Text, by default in WGS 84 longitude-latitude order (GeoSPARQL). */
        public static final Node wktLiteral = NodeFactory.createURI(NS + "wktLiteral");

        private GEO() {}
    }

    /** The schema.org terms Parley writes, for web consumers that read schema.org rather than OWL. */
    public static final class SCHEMA {
        public static final String NS = "https://schema.org/";

        /** The same thing in another dataset (schema.org): Wikidata, GeoNames; as owl:sameAs. */
        public static final Node sameAs = NodeFactory.createURI(NS + "sameAs");

        private SCHEMA() {}
    }

    /** The SPARQL 1.1 Service Description terms the endpoint's self-description uses. */
    public static final class SD {
        public static final String NS = "http://www.w3.org/ns/sparql-service-description#";

        /** A SPARQL service made available via the SPARQL Protocol. */
        public static final Node Service = NodeFactory.createURI(NS + "Service");
        /** The SPARQL endpoint of a service. */
        public static final Node endpoint = NodeFactory.createURI(NS + "endpoint");
        /** A SPARQL language (query or update) supported by the service. */
        public static final Node supportedLanguage = NodeFactory.createURI(NS + "supportedLanguage");
        /** The SPARQL 1.1 Query Language. */
        public static final Node SPARQL11Query = NodeFactory.createURI(NS + "SPARQL11Query");
        /** The SPARQL 1.1 Update Language. */
        public static final Node SPARQL11Update = NodeFactory.createURI(NS + "SPARQL11Update");
        /** A format the service can return results in. */
        public static final Node resultFormat = NodeFactory.createURI(NS + "resultFormat");
        /** A feature of the service. */
        public static final Node feature = NodeFactory.createURI(NS + "feature");
        /** The default graph of the dataset is the RDF merge of its named graphs. */
        public static final Node UnionDefaultGraph = NodeFactory.createURI(NS + "UnionDefaultGraph");
        /** The dataset queried when a request names none. */
        public static final Node defaultDataset = NodeFactory.createURI(NS + "defaultDataset");
        /** An RDF dataset made of a default graph and named graphs. */
        public static final Node Dataset = NodeFactory.createURI(NS + "Dataset");

        private SD() {}
    }
}
