package org.parley.cli;

import org.parley.store.CrossArticleResolution;
import org.parley.store.TdbArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code parley resolve}: re-links entities across every article and rebuilds the canonical layer. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Re-link every article's entities (one IRI per person, organisation, state, place) and rebuild "
                + "the canonical layer (one node per real-world meeting, call and dispute) with the current rules "
                + "and the overrides file (parley.resolve.overrides). Deterministic; running it twice changes nothing."})
public class ResolveCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    private final TdbArticleStore store;

    public ResolveCommand(TdbArticleStore store) {
        this.store = store;
    }

    @Override
    public Integer call() {
        CrossArticleResolution.Summary s = store.resolveAll();
        System.err.printf("parley: resolved %d articles: %d entities (%d references renamed, %d pairs possibly the same);"
                        + " %d meetings, %d calls, %d disputes in the canonical graph%n",
                s.articles(), s.entities(), s.renamed(), s.possiblySame(), s.meetings(), s.calls(), s.disputes());
        return 0;
    }
}
