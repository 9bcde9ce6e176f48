package org.bamboograph.historian;

import java.time.LocalDate;

/** A president as {@code presidents.xml} lists him: the name as the travel files write it, and the term. */
public record PresidentRecord(String id, String name, LocalDate tookOffice, LocalDate leftOffice, String file) {
}
