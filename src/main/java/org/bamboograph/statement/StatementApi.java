package org.bamboograph.statement;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.citation.Citation;
import org.bamboograph.citation.Citations;
import org.bamboograph.citation.Subject;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.leader.Leader;
import org.bamboograph.paging.Page;
import org.bamboograph.query.Batch;
import org.bamboograph.query.Ordering;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.query.Rows;
import org.bamboograph.state.State;
import org.bamboograph.visit.Visit;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Nullable;

@GraphQLApi
public class StatementApi {

    @Query("statements")
    @NonNull
    @Description("Statements, in date order unless 'orderBy' says otherwise (undated last; ties by id). 'speaker' "
            + "matches a speaking leader's name or alias as leader(name:) does, or words of the displayed speaker "
            + "name; 'about' takes a state code; 'text' is a substring filter: the quote contains these characters, "
            + "ignoring case and diacritics (for ranked full-text search with word forms, use search).")
    public StatementConnection statements(String speaker, String about, String text,
            @Nullable @Name("orderBy") List<@NonNull StatementOrder> orderBy,
            @DefaultValue("20") Integer first, String after) {
        Ordering order = Ordering.of(orderBy, StatementOrder.DATE_ASC, "s", "id");
        QueryBuilder query = order.applyTo(new StatementFilter(speaker, about, text, null, null).query());
        return new StatementConnection(Page.of(query, Statement.class, first, after, order.tag()));
    }

    @NonNull
    @Name(StatementReads.SPEAKERS)
    @Description("The leaders who spoke: two for a joint statement; empty where the speaker is not a leader of this graph.")
    public List<@NonNull List<@NonNull Leader>> speakers(@Source List<Statement> statements) {
        return StatementReads.speakers(statements);
    }

    @NonNull
    @Name(StatementReads.ABOUT)
    @Description("The states the statement is about, by code.")
    public List<@NonNull List<@NonNull State>> about(@Source List<Statement> statements) {
        return StatementReads.about(statements);
    }

    @Name(StatementReads.VISIT)
    @Description("The visit at which it was said, where the sources tie it to one.")
    public List<Visit> visit(@Source List<Statement> statements) {
        return StatementReads.visits(statements);
    }

    @Name(StatementReads.AGREEMENT)
    @Description("The agreement whose words these are, for a quoted joint statement or declaration.")
    public List<Agreement> agreement(@Source List<Statement> statements) {
        return StatementReads.agreements(statements);
    }

    @NonNull
    @Name(StatementReads.SOURCES)
    @Description("Citations that support the statement.")
    public List<@NonNull List<@NonNull Citation>> statementSources(@Source List<Statement> statements) {
        return Citations.of(Subject.STATEMENT, statements, s -> s.id);
    }

    @Inject
    StatementWrites statementWrites;

    @Mutation("createStatement")
    @RolesAllowed("editor")
    @NonNull
    @Description("Creates a Statement, citing at least one source. Editors only.")
    public Statement createStatement(@NonNull @Name("input") StatementInput input) {
        return statementWrites.create(input);
    }

    @Mutation("updateStatement")
    @RolesAllowed("editor")
    @NonNull
    @Description("Changes a Statement, citing at least one source for the change. 'version' is the version you read: "
            + "if the Statement changed since, the answer is CONFLICT and nothing is written. Editors only.")
    public Statement updateStatement(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version, @NonNull @Name("input") StatementInput input) {
        return statementWrites.update(id, version, input);
    }

    @Mutation("deleteStatement")
    @RolesAllowed("editor")
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Deletes a Statement and its citations, and answers its id. Refused with IN_USE while other records "
            + "refer to it, and with CONFLICT if it changed since 'version'. Editors only.")
    public String deleteStatement(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version) {
        return statementWrites.delete(id, version);
    }
}
