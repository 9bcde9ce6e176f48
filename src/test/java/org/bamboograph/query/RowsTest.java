package org.bamboograph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bamboograph.state.State;
import org.junit.jupiter.api.Test;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Spreading a list parameter into single parameters must find exactly what the list would. */
@QuarkusTest
class RowsTest {

    private static List<String> codes(int count) {
        // Real codes first, then codes no state has, as a batch of keys with unknown ones would carry.
        List<String> codes = new ArrayList<>(List.of("VNM", "CHN", "USA", "RUS", "JPN"));
        IntStream.range(0, Math.max(0, count - codes.size())).forEach(i -> codes.add("X" + i));
        return codes.subList(0, count);
    }

    @Test
    @TestTransaction
    void spreadListsFindWhatTheListFinds() {
        for (int size : new int[] { 1, 2, 3, 5, 8, 33, Rows.MAX_SPREAD, Rows.MAX_SPREAD + 1, 3000 }) {
            List<String> keys = codes(size);
            List<String> expected = State.<State>list("code in ?1 order by code", keys).stream().map(s -> s.code).toList();
            List<String> found = Rows.where(State.class, "code in :keys order by code", keys).stream()
                    .map(s -> s.code).toList();
            assertEquals(expected, found, size + " keys");
            assertEquals(Math.min(size, 5), found.size(), size + " keys");
        }
    }

    @Test
    @TestTransaction
    void aParameterWhoseNameStartsAnotherIsLeftAlone() {
        List<Object[]> rows = Rows.select("select s.code, :idsLabel from State s where s.code in :ids order by s.code",
                Object[].class, Map.of("ids", List.of("VNM", "CHN", "USA"), "idsLabel", "label"));
        assertEquals(List.of("CHN", "USA", "VNM"), rows.stream().map(r -> (String) r[0]).toList());
        assertEquals("label", rows.get(0)[1]);
    }
}
