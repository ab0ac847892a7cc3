package org.parley.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.parley.store.StoreMaintenance;

import java.util.Optional;

/**
 * {@code /backup}: the whole store as gzipped N-Quads, from one read transaction, for {@code parley backup --endpoint}.
 * A running server holds the store's lock, so a backup while serving goes through it. It needs the update token:
 * a dump is costly, and the token is what the server's operator holds.
 */
@Path("/backup")
public class BackupResource {
    private final StoreMaintenance maintenance;
    private final WriteAccess access;

    public BackupResource(StoreMaintenance maintenance, WriteAccess access) {
        this.maintenance = maintenance;
        this.access = access;
    }

    @GET
    public Response get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(Optional.ofNullable(authorization));
        StreamingOutput body = maintenance::backup;
        return Response.ok(body, "application/n-quads").header("Content-Encoding", "gzip")
                .header("Content-Disposition", "attachment; filename=\"parley-backup.nq.gz\"").build();
    }
}
