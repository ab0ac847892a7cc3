package org.parley.schedule;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.parley.config.ParleyConfig;
import org.parley.store.ArticleStore;
import org.parley.store.TdbArticleStore;
import org.parley.store.remote.RemoteArticleStore;

import java.util.Optional;

/**
 * Where the server's own ingestion (scheduled sources, {@code POST /articles}) writes: the embedded store, or
 * the remote one {@code parley.remote.endpoint} names, which lets several ingesters feed one clustered store.
 */
@ApplicationScoped
public class IngestTarget {
    private final ArticleStore store;
    private final Optional<RemoteArticleStore> remote;

    public IngestTarget(ParleyConfig config, TdbArticleStore embedded) {
        ParleyConfig.Remote r = config.remote();
        this.remote = r.endpoint().map(url -> new RemoteArticleStore(url, r.updateEndpoint().orElse(url),
                r.token(), new RemoteArticleStore.Retries(r.attempts(), r.backoff())));
        this.store = remote.<ArticleStore>map(s -> s).orElse(embedded);
    }

    public ArticleStore store() {
        return store;
    }

    void stop(@Observes ShutdownEvent event) {
        remote.ifPresent(RemoteArticleStore::close);
    }
}
