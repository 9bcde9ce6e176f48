package org.bamboograph.source;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bamboograph.citation.Citation;
import org.bamboograph.citation.CitationInput;
import org.bamboograph.leader.Leader;
import org.bamboograph.value.Origin;
import org.bamboograph.write.RecordWrites;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class SourceWrites extends RecordWrites<Source, SourceInput> {

    public SourceWrites() {
        // A source is the evidence itself: it cites nothing.
        super("Source", null, () -> {
            Source record = new Source();
            record.origin = Origin.EDITOR.column();
            return record;
        }, id -> Source.findById(id), record -> record.id, record -> record.version);
    }

    @Override
    protected void assignId(Source source, SourceInput input) {
        source.id = newId(input.id, "source");
    }

    @Override
    protected void apply(Source source, SourceInput input) {
        Writes.date("published", input.published);
        source.title = input.title.strip();
        source.author = input.author;
        source.publisher = input.publisher;
        source.published = input.published;
        source.url = input.url;
    }

    @Override
    protected List<CitationInput> sources(SourceInput input) {
        return null;
    }

    @Override
    protected Map<String, Long> usages(String id) {
        return Map.of("citations", Citation.count("sourceId", id),
                "aliases", Leader.count("select count(a) from Leader l join l.aliases a where a.sourceId = ?1", id));
    }
}
