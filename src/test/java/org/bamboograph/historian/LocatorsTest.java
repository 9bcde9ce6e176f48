package org.bamboograph.historian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule for locators, and the rewrite of those written before it (migration V6_1). */
class LocatorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/home/someone/data/historian/visits/1990.xml, record 787 | visits/1990.xml, record 787",
            "../shared/data/historian/president-travels/presidents.xml, president obama-barack | president-travels/presidents.xml, record obama-barack",
            "src/test/resources/historian/visits-sample.xml, record T9001 | historian/visits-sample.xml, record T9001",
            "C:\\\\data\\\\visits\\\\1990.xml, record 5 | visits/1990.xml, record 5",
            "visits/1990.xml, record 787 | visits/1990.xml, record 787",
            "page 3 | page 3" })
    void oldLocatorsBecomeParentFolderFileAndRecord(String before, String after) {
        assertEquals(after, Locators.relative(before));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "src/test/resources/historian/visits-sample.xml | historian/visits-sample.xml",
            "/tmp/x/president-travels/../visits/2010.xml | visits/2010.xml" })
    void filesAreNamedByTheirFolderAndName(String path, String name) {
        assertEquals(name, Locators.fileName(Path.of(path)));
    }
}
