package org.bamboograph.historian;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which an import takes the presidents' terms. Two lists of presidents side by side (the publisher's
 * list as shipped at two times) may give one term twice: still open in the older ("still-in-office"), ended in the
 * newer. Those are one term, and the one whose end is known is the one to keep; taking every ended term first lets
 * the writer drop the open copy before it is ever written, whatever the order of the files.
 */
final class Terms {

    private Terms() {
    }

    /** Every president of the files, ended terms before open ones, otherwise in file order. */
    static List<PresidentRecord> endedFirst(List<HistorianParser.ParsedFile> files) {
        List<PresidentRecord> presidents = new ArrayList<>();
        for (HistorianParser.ParsedFile file : files) {
            presidents.addAll(file.presidents());
        }
        presidents.sort(Comparator.comparing(p -> p.tookOffice() != null && p.leftOffice() == null));
        return presidents;
    }
}
