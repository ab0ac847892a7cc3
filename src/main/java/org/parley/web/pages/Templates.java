package org.parley.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.parley.web.pages.Views.*;

/** The pages, type-checked against their view records when the application is built. */
@CheckedTemplate
public class Templates {
    public static native TemplateInstance home(HomeView v);

    public static native TemplateInstance search(SearchView v);

    public static native TemplateInstance entity(EntityView v);

    public static native TemplateInstance event(EventView v);

    public static native TemplateInstance dispute(DisputeView v);

    public static native TemplateInstance article(ArticleView v);

    public static native TemplateInstance canonicalEvent(CanonicalEventView v);

    public static native TemplateInstance canonicalDispute(CanonicalDisputeView v);

    public static native TemplateInstance resource(ResourceView v);

    public static native TemplateInstance ontology(OntologyView v);

    public static native TemplateInstance query(QueryView v);

    public static native TemplateInstance network(NetworkView v);

    public static native TemplateInstance map(MapView v);

    public static native TemplateInstance timeline(TimelineView v);

    public static native TemplateInstance sources(SourcesView v);

    /** The page of a resource, by the kind of view the store gave for it. */
    static TemplateInstance page(ResourcePage view) {
        if (view instanceof EntityView v) {
            return entity(v);
        }
        if (view instanceof EventView v) {
            return event(v);
        }
        if (view instanceof DisputeView v) {
            return dispute(v);
        }
        if (view instanceof ArticleView v) {
            return article(v);
        }
        if (view instanceof CanonicalEventView v) {
            return canonicalEvent(v);
        }
        if (view instanceof CanonicalDisputeView v) {
            return canonicalDispute(v);
        }
        return resource((ResourceView) view);
    }
}
