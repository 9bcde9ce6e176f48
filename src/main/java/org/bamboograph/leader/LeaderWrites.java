package org.bamboograph.leader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bamboograph.citation.CitationInput;
import org.bamboograph.citation.Subject;
import org.bamboograph.citation.Supports;
import org.bamboograph.error.BadUserInputException;
import org.bamboograph.state.StateRefs;
import org.bamboograph.statement.Statement;
import org.bamboograph.value.NameKey;
import org.bamboograph.value.Origin;
import org.bamboograph.value.PartialDate;
import org.bamboograph.visit.Visit;
import org.bamboograph.write.RecordWrites;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class LeaderWrites extends RecordWrites<Leader, LeaderInput> {

    public LeaderWrites() {
        super("Leader", Subject.LEADER, () -> {
            Leader record = new Leader();
            record.origin = Origin.EDITOR.column();
            return record;
        }, id -> Leader.findById(id), record -> record.id, record -> record.version);
    }

    @Override
    protected void assignId(Leader leader, LeaderInput input) {
        leader.id = newId(input.id, "leader");
    }

    @Override
    protected void apply(Leader leader, LeaderInput input) {
        leader.name = input.name.strip();
        leader.nameKey = NameKey.of(leader.name);
        leader.shortKey = NameKey.shortOf(leader.name);
        leader.stateCode = StateRefs.code("state", input.state);
        if (input.aliases != null) {
            leader.aliases.clear();
            for (String name : input.aliases.stream().map(String::strip).distinct().toList()) {
                Alias alias = new Alias(name, null, null);
                alias.position = leader.aliases.size();
                alias.origin = Origin.EDITOR.column();
                leader.aliases.add(alias);
            }
        }
    }

    @Override
    protected List<CitationInput> sources(LeaderInput input) {
        return input.sources;
    }

    /** Offices are written whole: on create, and on an update that gives them. */
    @Override
    protected void afterApply(Leader leader, LeaderInput input, boolean created) {
        if (created || input.offices != null) {
            replaceOffices(leader, input.offices == null ? List.of() : input.offices, input.sources);
        }
    }

    @Override
    protected Map<String, Long> usages(String id) {
        Map<String, Long> usages = new LinkedHashMap<>();
        usages.put("visits as guest", Visit.count("guestId", id));
        usages.put("visits as host", Visit.count("hostId", id));
        usages.put("statements", Statement.count("?1 member of speakerIds", id));
        return usages;
    }

    @Override
    protected void beforeDelete(Leader leader) {
        deleteOffices(leader.id);
    }

    /** Each new office cites those of the write's sources that support "offices". */
    private void replaceOffices(Leader leader, List<LeaderInput.OfficeInput> offices, List<CitationInput> sources) {
        deleteOffices(leader.id);
        Office.flush();
        List<Office> created = new ArrayList<>();
        for (int i = 0; i < offices.size(); i++) {
            LeaderInput.OfficeInput in = offices.get(i);
            String field = "offices[" + i + "]";
            PartialDate from = Writes.date(field + ".from", in.from);
            PartialDate to = Writes.date(field + ".to", in.to);
            if (from != null && to != null && to.end().isBefore(from.start())) {
                throw BadUserInputException.field(field + ".to",
                        field + ": the office cannot end (" + in.to + ") before it began (" + in.from + ")");
            }
            Office office = new Office();
            office.id = leader.id + "#e" + i;
            office.leaderId = leader.id;
            office.position = i;
            office.title = in.title.strip();
            office.stateCode = StateRefs.code(field + ".state", in.state);
            office.from = in.from;
            office.to = in.to;
            office.origin = Origin.EDITOR.column();
            office.persist();
            created.add(office);
        }
        // The citations that support "offices" support each office's title, state and term.
        for (Office office : created) {
            citations.cite(Subject.OFFICE, office.id, sources, Subject.LEADER, Supports.fields(Subject.OFFICE));
        }
    }

    private void deleteOffices(String leaderId) {
        for (Office office : Office.<Office>list("leaderId", leaderId)) {
            citations.uncite(Subject.OFFICE, office.id);
            office.delete();
        }
    }
}
