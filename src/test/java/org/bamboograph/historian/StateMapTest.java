package org.bamboograph.historian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries of the world by slug and by name, as the historian files write them. */
class StateMapTest {

    private static final StateMap STATES = StateMap.load();

    @Test
    void everyEnglishIsoNameMapsToItsCode() {
        List<String> wrong = new ArrayList<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            String name = country.getDisplayCountry(Locale.ENGLISH);
            StateMap.Entry entry = STATES.resolve(null, name);
            if (entry == null || !entry.code().equals(country.getISO3Country())) {
                wrong.add(name + " -> " + (entry == null ? null : entry.code()));
            }
            // Slugs as the publisher makes them: "Côte d’Ivoire" -> "cote-divoire", "U.S. Virgin Islands" ->
            // "us-virgin-islands".
            String slug = java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}+", "").replaceAll("['’.]", "").replaceAll("[^a-z0-9]+", "-");
            StateMap.Entry bySlug = STATES.resolve(slug, null);
            if (bySlug == null || !bySlug.code().equals(country.getISO3Country())) {
                wrong.add(slug + " -> " + (bySlug == null ? null : bySlug.code()));
            }
        }
        assertTrue(wrong.isEmpty(), "not mapped to their codes: " + wrong);
        assertEquals(249, Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "korea-north               | Korea, North                       | PRK",
            "north-korea               | North Korea                        | PRK",
            "korea-north               | Democratic People’s Republic of Korea | PRK",
            "korea-south               | Korea                              | KOR",
            "korea                     | Korea, South                       | KOR",
            "congo-kinshasa            | Congo, Democratic Republic of the  | COD",
            "congo-democratic-republic | Democratic Republic of the Congo (Zaire) | COD",
            "congo-brazzaville         | Congo, Republic of the             | COG",
            "serbia                    | Serbia and Montenegro              | SCG",
            "serbia-montenegro         | Serbia-Montenegro                  | SCG",
            "serbia                    | Serbia                             | SRB",
            "kosovo                    | Serbia-Montenegro (Kosovo)         | XKX",
            "russia                    | U.S.S.R.                           | SUN",
            "russia                    | Russia                             | RUS",
            "china                     | China, Republic of                 | TWN",
            "china                     | China, People’s Republic of        | CHN",
            "czechoslovakia            | Czechoslovakia (government-in-exile) | CSK",
            "german-democratic-republic | German Democratic Republic        | DDR",
            "yugoslavia                | Yugoslavia                         | YUG",
            "netherlands-antilles      | Netherlands Antilles               | ANT",
            "vietnam-north             | Vietnam, Democratic Republic of    | VDR",
            "vietnam                   | Vietnam                            | VNM",
            "hawaii                    | Hawaii                             | HAW",
            "benin                     | Dahomey (Benin)                    | BEN",
            "cote-divoire              | Cote d’Ivoire                      | CIV",
            "saint-kitts-nevis         | St. Christopher and Nevis          | KNA",
            "holy-see                  | Vatican City                       | VAT",
            "burma                     | Burma                              | MMR",
            "gambia                    | The Gambia                         | GMB",
            "oman                      | Muscat &amp; Oman                  | OMN" })
    void namesAndSlugsAsTheRecordsWriteThem(String slug, String name, String code) {
        StateMap.Entry entry = STATES.resolve(slug, name.replace("&amp;", "&"));
        assertNotNull(entry, slug + " / " + name);
        assertEquals(code, entry.code(), slug + " / " + name);
    }

    @Test
    void aCountryNoListKnowsMapsToNothing() {
        assertNull(STATES.resolve("atlantis", "Atlantis"));
        // Neither half of Korea by the bare name and an unknown slug.
        assertNull(STATES.resolve("korea-somewhere", "Korea"));
        assertNull(STATES.resolve("congo", "Congo"));
    }

    @Test
    void formerStatesKeepTheirIso3166Part3CodesAndNames() {
        assertEquals("Serbia and Montenegro", STATES.byCode("SCG").name());
        assertEquals("Soviet Union", STATES.byCode("SUN").name());
        assertEquals("Czechoslovakia", STATES.byCode("CSK").name());
        assertEquals("Democratic Republic of the Congo", STATES.byCode("COD").name());
    }

    @Test
    void successionsLinkAStateToWhatCameOutOfItButNotSisters() {
        Successions successions = Successions.load(STATES);
        assertTrue(successions.succeeds("CZE", "CSK"));
        assertTrue(successions.succeeds("SRB", "YUG"), "through SCG");
        assertTrue(successions.linked("CSK", "SVK"));
        assertTrue(!successions.linked("CZE", "SVK"));
        assertTrue(!successions.succeeds("CSK", "CZE"));
    }

    /** Every slug and name pair of the shared files maps to a state, and the same one the slug maps to by default. */
    @Test
    void everyPairOfTheSharedFilesMapsToAState() throws IOException {
        Path dir = Path.of(RealDataProfile.historianDir());
        Assumptions.assumeTrue(Files.isDirectory(dir), "skipped: the historian datasets are not at " + dir.toAbsolutePath());
        Pattern country = Pattern.compile("<(?:from|country) id=\"([^\"]*)\">([^<]*)<");
        TreeSet<String> unmapped = new TreeSet<>();
        int pairs = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                Matcher m = country.matcher(Files.readString(file));
                while (m.find()) {
                    pairs++;
                    String name = m.group(2).replace("&amp;", "&");
                    if (STATES.resolve(m.group(1), name) == null) {
                        unmapped.add(m.group(1) + " / " + name);
                    }
                }
            }
        }
        assertTrue(pairs > 4000, "pairs read: " + pairs);
        assertTrue(unmapped.isEmpty(), "unmapped: " + unmapped);
    }
}
