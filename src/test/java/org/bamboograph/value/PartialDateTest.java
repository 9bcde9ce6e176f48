package org.bamboograph.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({
            "2016, 2016-01-01, 2016-12-31, YEAR",
            "2024-03, 2024-03-01, 2024-03-31, MONTH",
            "2024-02, 2024-02-01, 2024-02-29, MONTH",
            "2023-09-10, 2023-09-10, 2023-09-10, DAY" })
    void aDateIsTheSpanItNames(String text, LocalDate start, LocalDate end, PartialDate.Precision precision) {
        PartialDate date = PartialDate.parse(text);
        assertEquals(start, date.start());
        assertEquals(end, date.end());
        assertEquals(precision, date.precision());
        assertEquals(text, date.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "2023-13", "2023-02-30", "23", "2023/09", "2023-9", "September 2023", "", "2023-09-10T10:00" })
    void anythingElseIsRejected(String text) {
        assertThrows(PartialDate.InvalidDateException.class, () -> PartialDate.parse(text));
    }

    @Test
    void spanRunsFromStartOfDateToEndOfEndDate() {
        DateSpan span = DateSpan.of("2014-05", "2014-07");
        assertEquals(LocalDate.of(2014, 5, 1), span.start());
        assertEquals(LocalDate.of(2014, 7, 31), span.end());
        assertThrows(PartialDate.InvalidDateException.class, () -> DateSpan.of("2014-05", "2014-04"));
        assertThrows(PartialDate.InvalidDateException.class, () -> DateSpan.of(null, "2014-04"));
    }

    @Test
    void namesFold() {
        assertEquals("vo van thuong", NameKey.of(" Võ Văn  Thưởng "));
        assertEquals("dang", NameKey.of("Đặng"));
        assertEquals("lukasz ostergard aebelo gross", NameKey.of("Łukasz Østergård Æbelø Groß"));
    }
}
