package org.parley.graph;

import org.parley.domain.Article;
import org.parley.domain.Delegate;
import org.parley.domain.DisputeKind;
import org.parley.domain.Entity;
import org.parley.domain.EntityKind;
import org.parley.domain.EventStatus;
import org.parley.domain.Evidence;
import org.parley.domain.Extraction;
import org.parley.domain.Meeting;
import org.parley.domain.MeetingKind;
import org.parley.domain.PartialDate;
import org.parley.domain.PhoneCall;
import org.parley.domain.TerritorialDispute;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** A small, invented extraction that exercises every part of the graph. */
public final class SampleExtraction {
    public static final String TEXT = "Envoys of Freedonia and Sylvania met in Port Town on Tuesday. "
            + "Freedonia occupies most of the Eastern Marches.";

    private SampleExtraction() {}

    public static Article article(String source, String text) {
        return new Article(source, Optional.of("Envoys meet"), Optional.of(LocalDate.of(2024, 3, 7)),
                List.of("A. Writer"), Optional.of("THE GAZETTE"), "en", text, sha256(text));
    }

    public static Extraction extraction(String source) {
        Article article = article(source, TEXT);
        Evidence first = new Evidence(TEXT.substring(0, 62), 0, 62, 0.9);
        Evidence second = new Evidence(TEXT.substring(63), 63, TEXT.length(), 0.8);
        List<Entity> entities = List.of(
                entity("freedonia", EntityKind.STATE, "Freedonia"),
                entity("sylvania", EntityKind.STATE, "Sylvania"),
                new Entity("ana-lopez", EntityKind.PERSON, "Ana Lopez", List.of("Lopez"), List.of("envoy"),
                        Optional.empty(), Optional.empty(), Optional.of("freedonia")),
                entity("port-town", EntityKind.CITY, "Port Town"),
                entity("eastern-marches", EntityKind.REGION, "Eastern Marches"));
        Meeting meeting = new Meeting("m1", MeetingKind.TALKS, List.of("freedonia", "sylvania"),
                List.of(new Delegate("ana-lopez", "freedonia")), Optional.empty(), Optional.empty(),
                Optional.of("port-town"), Optional.of(PartialDate.of(LocalDate.of(2024, 3, 5))), EventStatus.OCCURRED,
                List.of(first));
        PhoneCall call = new PhoneCall("c1", List.of("freedonia", "sylvania"),
                Optional.of(PartialDate.ofYear(2024)), EventStatus.OCCURRED, List.of(first));
        TerritorialDispute dispute = new TerritorialDispute("d1", "eastern-marches", List.of("freedonia", "sylvania"),
                Optional.of("freedonia"), Optional.of("most of"), DisputeKind.OCCUPIED, List.of(second));
        return new Extraction(article, entities, List.of(meeting), List.of(call), List.of(dispute));
    }

    private static Entity entity(String key, EntityKind kind, String label) {
        return new Entity(key, kind, label, List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
