// The trace's obligation detector: one section per pattern, each with the
// sentences it must see and the near-misses it must not.
#include "checker/check/obligation.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using granska::checker::find_obligations;
using granska::checker::lower_words;
using granska::checker::match_obligation;
using granska::checker::obligation_patterns;
using granska::checker::starts_with_imperative;

namespace {

struct pattern_case {
    const char* form;
    std::vector<const char*> seen;
    std::vector<const char*> not_seen;
};

const std::vector<pattern_case>& cases() {
    static const std::vector<pattern_case> table{
        {"ska",
         {"Kommunen ska motverka segregation.", "SKA gälla alla."},
         {"Vi skapar trygghet.", "Skatten höjs."}},
        {"skall", {"Detta skall sedan sammanställas."}, {"Skallen var tom."}},
        {"bör",
         {"Nämnden bör följa upp arbetet."},
         {"Arbetet börjar i januari.", "En börda för kommunen."}},
        {"måste",
         {"Den enskilde individen måste vara delaktig i processen."},
         {"Måsten och krav."}},
        {"får inte",
         {"Personuppgifter får inte lämnas in."},
         {"Alla får information.", "Inte alla kommer."}},
        {"är skyldig(a) att",
         {"Kommunen är skyldig att erbjuda plats.", "Nämnderna är skyldiga att rapportera."},
         {"Invandrare har samma skyldigheter.", "Han är skyldig pengar."}},
        {"åligger", {"Det åligger kommunstyrelsen att följa upp."}, {"Ett åliggande för nämnden."}},
        {"ansvarar för",
         {"Kommunstyrelsen ansvarar för löpande uppföljning."},
         {"Ansvarsfördelning"}},
        {"har till uppgift",
         {"Nämnden har till uppgift att samordna."},
         {"Uppgiften har vi till sist."}},
        {"har ansvar att/för",
         {"Kommunens nämnder och helägda bolag har ansvar att ta fram åtgärdsplaner.",
          "Förvaltningen har huvudansvar för mottagandet."},
         {"Det är samhällets ansvar att medverka."}},
        {"har (samordnings)ansvaret",
         {"Kommunstyrelsen har samordningsansvaret för att driva på arbetet.",
          "Kommunen har ansvaret för att alla barn får barnomsorg."},
         {"Ansvaret är delat."}},
        {"sammanfattas och redovisas",
         {"Resultatet sammanfattas och redovisas i kommunstyrelsen."},
         {}},
        {"redovisas",
         {"Resultatet redovisas årligen."},
         {"Denna policy redovisar viljeinriktningen."}},
        {"följs upp",
         {"Effekten mäts och följs upp."},
         {"Uppföljning av åtgärdsplaner", "Följ upp arbetet"}},
        {"fastställs av",
         {"Integrationspolicyn fastställs av Kommunfullmäktige."},
         {"Fastställelsedatum: 2018-09-03"}},
        {"sker",
         {"Uppföljning sker kommunövergripande."},
         {"Skeendet är oklart.", "Det skedde 2014."}},
    };
    return table;
}

} // namespace

TEST_CASE("every obligation pattern is seen, and its near misses are not") {
    REQUIRE(cases().size() == obligation_patterns().size());
    for (const auto& c : cases()) {
        SECTION(c.form) {
            for (const char* s : c.seen) {
                INFO(s);
                CHECK(match_obligation(s) == c.form);
            }
            for (const char* s : c.not_seen) {
                INFO(s);
                CHECK(match_obligation(s).empty());
            }
        }
    }
}

TEST_CASE("words are lower-cased for Swedish letters and split at quotes and dashes") {
    CHECK(lower_words("ÅLIGGER Är SKYLDIG") ==
          std::vector<std::string>{"åligger", "är", "skyldig"});
    CHECK(lower_words("”Förbättra–integrationen” É") ==
          std::vector<std::string>{"förbättra", "integrationen", "é"});
    CHECK(match_obligation("DET ÅLIGGER NÄMNDEN") == "åligger");
    CHECK(match_obligation("Nämnden FÅR INTE avstå") == "får inte");
}

TEST_CASE("the imperative items of a handlingsplan are obligations") {
    const std::string text =
        "Inledning\n\nDet gäller alla.\n\nHandlingsplan\n\nPolicy för integrationsarbetet\n\n"
        "- Organisera mottagande av nyanlända. Klart innan januari 2014.\n\n"
        "- Utveckla samarbetet ytterligare. Det gäller både skola och boende.\n\n"
        "- Informera nyanlända om föreningslivet.\n\n"
        "- Bättre samverkan med föreningar.\n\n"
        "Bilaga\n\n- Utveckla gärna mer.\n";
    const auto found = find_obligations(text);
    REQUIRE(found.size() == 3);
    CHECK(found[0].sentence == "Organisera mottagande av nyanlända.");
    CHECK(found[0].form == granska::checker::imperative_item);
    CHECK(found[1].sentence == "Utveckla samarbetet ytterligare.");
    CHECK(found[2].sentence == "Informera nyanlända om föreningslivet.");
}

TEST_CASE("list items outside a handlingsplan, and prose after it, are not imperative items") {
    SECTION("a list of directions under another heading") {
        CHECK(
            find_obligations(
                "Integrationspolitikens inriktning\n\n- Ge förutsättningar för egen försörjning.\n")
                .empty());
    }
    SECTION("prose under the heading ends the items") {
        CHECK(
            find_obligations("Åtgärdsplan\n\nAnger konkreta åtgärder.\n\n- Utveckla samarbetet.\n")
                .empty());
    }
    SECTION("a sentence pattern inside a handlingsplan keeps its own form") {
        const auto found = find_obligations(
            "Handlingsplan\n\n- Inom samtliga nämnder skall verksamheterna redovisa.\n");
        REQUIRE(found.size() == 1);
        CHECK(found[0].form == "skall");
    }
}

TEST_CASE("imperatives are recognised by a table and by the -era ending") {
    CHECK(starts_with_imperative("Organisera mottagande"));
    CHECK(starts_with_imperative("Ta fram en plan"));
    CHECK(starts_with_imperative("Säkerställ att"));
    CHECK_FALSE(starts_with_imperative("Flera nämnder"));
    CHECK_FALSE(starts_with_imperative("Samverkan och samordning"));
    CHECK_FALSE(starts_with_imperative(""));
}
