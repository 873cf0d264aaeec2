// The packs' interpretations, titles and trace reasons are Swedish sentences a
// revisor signs (issue 15): they name a field by its Swedish column header
// ("kolumnen Tjänar"), never by its granska/1 key ("serves"), and a status by
// its Swedish label ("genomförd"), never by its data value ("done").
#include "e2e/run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>
#include <string>

using granska::e2e::run_granska;
using json = nlohmann::json;

namespace {

// The granska/1 keys and status values that are English words or code; a
// Swedish word that happens to be a key (status, policy, version) is allowed.
const std::regex& english_field_or_value() {
    static const std::regex pattern(
        R"(\b(registration_number|adopted_by|adopted_on|valid_until|valid_from|revised_on|)"
        R"(revision_interval|follow_up_interval|follow_up_by|previous_versions|applies_to|)"
        R"(focus_areas?|derived_documents|derived_from|document_type|responsible|deadline|)"
        R"(completed_on|starts_on|measure|serves|covers|reported_to|minute_ref|wholly_owned|)"
        R"(responsibilities|requested_on|applied_on|wanted_from|offered_on|placed_on|)"
        R"(arrived_on|swedish_offered_on|civic_information_on|newly_arrived|)"
        R"(childcare_placements|owner|kind|host|statutory|parent|actions|goals|revisions|)"
        R"(reports|follow_ups|records|indicators|summary|planned|ongoing|done|cancelled)\b)");
    return pattern;
}

std::string english_in(const std::string& sentence) {
    std::smatch m;
    return std::regex_search(sentence, m, english_field_or_value()) ? m.str() : "";
}

} // namespace

TEST_CASE("the check names granska/1 keys and English status values", "[e2e][notes]") {
    CHECK(english_in("Policyns egna åtgärder (actions) får inte vara tomma.") == "actions");
    CHECK(english_in("varje åtgärd med status done") == "done");
    CHECK(english_in("Gäller mål och åtgärder i handlingsplaner (document_type handlingsplan).") ==
          "document_type");
    CHECK(english_in("Varje genomförd åtgärd (kolumnen Status: genomförd) räknas.") == "");
}

TEST_CASE("every rule's title and interpretation is Swedish without granska/1 keys",
          "[e2e][notes]") {
    const auto r = run_granska({"check", "policies/tranemo", "--format", "json"});
    INFO(r.err);
    REQUIRE(r.status != 2);
    const auto rules = json::parse(r.out)["rules"];
    REQUIRE(rules.size() >= 38); // every pack's rules, whichever case is checked
    std::size_t interpretations = 0;
    for (const auto& rule : rules) {
        INFO(rule["id"].get<std::string>());
        CHECK(english_in(rule["title"].get<std::string>()) == "");
        if (rule.contains("interpretation")) {
            CHECK(english_in(rule["interpretation"].get<std::string>()) == "");
            ++interpretations;
        }
    }
    CHECK(interpretations >= 30);
}

TEST_CASE("every reason the trace gives is Swedish without granska/1 keys", "[e2e][notes]") {
    for (const char* municipality : {"astorp", "dals-ed", "herrljunga", "tranemo", "varnamo"}) {
        const auto r = run_granska({"trace", std::string("policies/") + municipality});
        INFO(municipality << ": " << r.err);
        REQUIRE(r.status != 2);
        REQUIRE_FALSE(r.out.empty());
        std::size_t from = 0;
        while (from < r.out.size()) {
            const auto to = r.out.find('\n', from);
            const std::string line = r.out.substr(from, to - from);
            INFO(line);
            CHECK(english_in(line) == "");
            from = to == std::string::npos ? r.out.size() : to + 1;
        }
    }
}
