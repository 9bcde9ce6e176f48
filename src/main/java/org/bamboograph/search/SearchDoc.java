package org.bamboograph.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A row of the search index, mapped so that list filters can ask for records by a folded text in HQL ({@link
 * TextMatch}). Only {@link SearchIndex} writes these rows.
 */
@Entity
@Table(name = "search_doc")
public class SearchDoc extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public String subjectId;

    public String field;

    public String body;

    @Column(name = "body_key")
    public String bodyKey;
}
