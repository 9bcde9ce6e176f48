package org.bamboograph.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short forms and parenthetical names, the forms people type. */
class NameKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "John Forbes Kerry                  | john kerry",
            "Antony John Blinken                | antony blinken",
            "Hillary Rodham Clinton             | hillary clinton",
            "Henry A. (Heinz Alfred) Kissinger  | henry kissinger",
            "George H. W. Bush                  | george bush",
            "George H.W. Bush                   | george bush",
            "Joseph R. Biden Jr.                | joseph biden",
            "Prime Minister's Man J.M.G.M. Adams | prime adams",
            "Martin Luther King, Jr.            | martin king",
            "Benigno S. Aquino, 3rd             | benigno aquino",
            "King Faisal II                     | king faisal",
            "Võ Văn Thưởng                      | vo thuong",
            "  Barack   Obama                   | barack obama" })
    void theShortFormIsTheFirstAndLastWordWithoutInitialsParenthesesOrSuffixes(String name, String expected) {
        assertEquals(expected, NameKey.shortOf(name));
    }

    @ParameterizedTest
    @CsvSource({ "Kissinger", "Faisal II", "A. Kissinger", "(Heinz) Kissinger", "Jr." })
    void aFamilyNameAloneHasNoShortForm(String name) {
        assertNull(NameKey.shortOf(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Henry A. (Heinz Alfred) Kissinger       | Heinz Alfred Kissinger",
            "Willem (Wim) Kok                        | Wim Kok",
            "Jose Alexander (Xanana) Gusmao          | Xanana Gusmao",
            "Halvard A. (Heinz Alfred) Testperson Jr. | Heinz Alfred Testperson" })
    void aParenthesisGivesANameWithTheFamilyName(String name, String expected) {
        assertEquals(expected, NameKey.nicknameOf(name));
    }

    @Test
    void noParenthesisOrNothingAfterItGivesNoName() {
        assertNull(NameKey.nicknameOf("John Forbes Kerry"));
        assertNull(NameKey.nicknameOf("Afghanistan (Interim Authority)"));
        assertNull(NameKey.nicknameOf("A (1) B"));
    }

    @Test
    void alAsPeopleTypeItStandsForAlexanderAmongTheOthers() {
        // "Al Haig" is how the Secretary the publisher writes "Alexander Meigs Haig" was known.
        assertTrue(NameKey.typedShortForms("Al Haig").contains("alexander haig"));
        assertTrue(NameKey.typedShortForms("Al Haig").contains("albert haig"));
    }

    @Test
    void cyAsPeopleTypeItStandsForCyrus() {
        // "Cy Vance" is how the Secretary the publisher writes "Cyrus Roberts Vance" was known.
        assertTrue(NameKey.typedShortForms("Cy Vance").contains("cyrus vance"));
    }

    /** ASCII names, folded the quick way, get what the full folding (decomposed, marks dropped) gives them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = { "\"  Barack \t\n Obama  \"", "\"John  Kerry\"",
            "\"GEORGE H.W. BUSH\"", "\"a\u000Bb\fc\rd\"", "\"\u001Fend\u001F\"", "\"in\u001Fside\"", "\"\"",
            "\"x\"" })
    void asciiNamesFoldAsAllOthers(String name) {
        String full = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").strip().replaceAll("\\s+", " ");
        assertEquals(full, NameKey.of(name));
    }
}
