package org.bamboograph.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bamboograph.write.RecordWritten;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Keeps the search index in step with editors' writes: each write announces itself ({@link RecordWritten}) inside
 * its transaction, after its rows are flushed, and the record's texts are indexed again there, so search finds what
 * the record now says from the moment the write commits. Sources hold no searched text.
 */
@ApplicationScoped
public class SearchRefresh {

    void written(@Observes RecordWritten write) {
        SearchType searched = SearchType.of(write.type());
        if (searched != null) {
            Panache.getEntityManager().unwrap(Session.class)
                    .doWork(connection -> SearchIndex.refresh(connection, searched, List.of(write.id())));
        }
    }
}
