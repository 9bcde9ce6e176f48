package org.bamboograph.leader;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Another spelling of a leader's name, with the source that uses it. */
@Embeddable
public class Alias {

    public String name;

    @Column(name = "name_key")
    public String nameKey;

    @Column(name = "short_key")
    public String shortKey;

    @Column(name = "source_id")
    public String sourceId;

    public String excerpt;

    /** Order among the leader's aliases; curated ones first, imported ones from {@code 1000} on. */
    public int position;

    /** Where the alias came from: curated, historian or editor. */
    public String origin;

    public Alias() {
    }

    public Alias(String name, String sourceId, String excerpt) {
        this.name = name;
        this.nameKey = org.bamboograph.value.NameKey.of(name);
        this.shortKey = org.bamboograph.value.NameKey.shortOf(name);
        this.sourceId = sourceId;
        this.excerpt = excerpt;
    }
}
