package org.bamboograph.source;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.bamboograph.leader.Leader;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class SourceWrites {

    @Inject
    Writes writes;

    @Transactional
    public Source create(SourceInput input) {
        writes.validate(input);
        Source source = new Source();
        source.id = writes.newId(input.id, "source", id -> Source.findById(id) != null);
        source.origin = "editor";
        apply(source, input);
        source.persist();
        writes.audit("created", "Source", source.id);
        return source;
    }

    @Transactional
    public Source update(String id, int version, SourceInput input) {
        writes.validate(input);
        Source source = writes.found(Source.<Source>findById(id), "Source", id);
        writes.checkVersion("Source", id, version, source.version);
        apply(source, input);
        writes.touch(source, version, () -> source.version);
        writes.audit("updated", "Source", id);
        return source;
    }

    @Transactional
    public String delete(String id, int version) {
        Source source = writes.found(Source.<Source>findById(id), "Source", id);
        writes.checkVersion("Source", id, version, source.version);
        writes.refuseIfUsed("Source", id, Map.of(
                "citations", Citation.count("sourceId", id),
                "aliases", Leader.count("select count(a) from Leader l join l.aliases a where a.sourceId = ?1", id)));
        source.delete();
        writes.audit("deleted", "Source", id);
        return id;
    }

    private static void apply(Source source, SourceInput input) {
        Writes.date("published", input.published);
        source.title = input.title.strip();
        source.author = input.author;
        source.publisher = input.publisher;
        source.published = input.published;
        source.url = input.url;
    }
}
