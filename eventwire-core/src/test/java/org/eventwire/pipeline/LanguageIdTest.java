package org.eventwire.pipeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdTest {
    @Test
    void englishNewsIsEnglishWithConfidence() {
        TextLanguage l = LanguageId.identify("NIAMEY, July 26 (Reuters) - Soldiers in Niger said on Wednesday they had "
                + "removed the president from power, hours after the presidential guard detained him at his "
                + "residence in the capital. The African Union and the regional bloc condemned what they called "
                + "an attempt to seize power and demanded that the soldiers return to their barracks at once.");
        assertEquals("en", l.code());
        assertTrue(l.confidence() > 0.1, "confidence " + l.confidence());
    }

    @Test
    void wireResultsShorthandIsEnglish() {
        String shorthand = "TULSA, Okla., March 9 - Shr one dlr vs 1.20 dlrs\n    Net 5.6 mln vs 4.1 mln\n"
                + "    Revs 88.2 mln vs 79.0 mln\n    Avg shrs 5.5 mln vs 3.4 mln\n    Nine mths\n"
                + "    Shr 2.40 dlrs vs 2.05 dlrs\n    Net 13.1 mln vs 9.9 mln\n Reuter";
        TextLanguage l = LanguageId.identify(shorthand);
        assertEquals("en", l.code());
        assertEquals(0.0, l.confidence(), "too little prose to tell: read as English");
        assertEquals("en", LanguageId.identify("OSLO, March 2 - Qtly div 15 cts vs 15 cts prior\n"
                + "    Pay April 20\n    Record March 31\n Reuter").code());
    }

    @Test
    void englishTableAndListIsEnglish() {
        String table = "Results of the second round\n\nCandidate | Party | Votes | Share\n"
                + "A. Mensah | NDC | 4,120,331 | 51.2%\nK. Osei | NPP | 3,929,118 | 48.8%\n"
                + "Turnout | | 8,049,449 | 71.0%\n\nSource: electoral commission";
        assertEquals("en", LanguageId.identify(table).code());
    }

    @Test
    void otherLanguagesAreNamed() {
        assertEquals("de", LanguageId.identify("Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen "
                + "für die betroffenen Regionen zu erhöhen. Der Minister sagte, man werde weiterhin an der Seite "
                + "der Bauern stehen und die Mittel aufstocken, wenn es nötig sei. Die Opposition kritisierte die "
                + "Entscheidung als zu spät und forderte eine Debatte im Parlament.").code());
        assertEquals("pt", LanguageId.identify("O governo anunciou nesta quarta-feira um novo programa de apoio "
                + "às famílias atingidas pelas chuvas. Segundo o ministro, os recursos serão liberados ainda este "
                + "mês e devem chegar a milhares de pessoas que perderam as suas casas durante as enchentes que "
                + "atingiram o sul do país.").code());
        assertEquals("es", LanguageId.identify("El gobierno anunció este miércoles un nuevo plan de ayuda para "
                + "las familias afectadas por las lluvias. Según el ministro, los fondos llegarán durante este mes "
                + "a miles de personas que perdieron sus viviendas en las inundaciones que golpearon el norte del "
                + "país la semana pasada.").code());
        assertEquals("ru", LanguageId.identify("Правительство объявило в среду о новой программе помощи семьям, "
                + "пострадавшим от наводнения. По словам министра, средства поступят в течение месяца.").code());
        assertEquals("ja", LanguageId.identify("政府は水曜日、大雨で被害を受けた家族を支援する新たな計画を発表した。"
                + "大臣によると、資金は今月中に届けられる見通しだという。").code());
    }

    @Test
    void capitalsAndNumbersAreNoEvidence() {
        LanguageId.Evidence e = LanguageId.Evidence.of("BERLIN, May 3 (AP) - NATO said 12 ships", 200);
        assertEquals("May said ships", e.words());
        assertEquals(2, e.distinctLowerWords());
    }

    @Test
    void displayNames() {
        assertEquals("Portuguese", LanguageId.displayName("pt"));
        assertEquals("an unidentified language", LanguageId.displayName("und"));
    }
}
