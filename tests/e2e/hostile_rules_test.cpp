// Hostile rule packs and dates (issue 9), end to end: 100,000 nested
// parentheses, include cycles, impossible dates and durations in the data
// and in the rule language.
#include "hostile/hostile.hpp"

#include <catch2/catch.hpp>

using namespace granska::hostile;

namespace {
// A pack for the fixture's municipality with one rule whose check is `check`.
std::string pack(const std::string& id, const std::string& check,
                 const std::string& includes = "") {
    return "pack " + id + " \"Fientligt\"\ndocument \"D\"\napplies to \"1466\"\n" + includes +
           "\nrule H-" + id +
           " \"Prov\" {\n  severity error\n  cite section \"S\" clause \"C\"\n  " + check + "\n}\n";
}

granska::e2e::outcome check_with_rules(const std::vector<std::string>& rules,
                                       const std::string& case_path) {
    std::vector<std::string> args{"check",    case_path, "--as-of",    as_of,
                                  "--format", "json",    "--policies", "tests/hostile/policies"};
    for (const auto& r : rules) {
        args.push_back("--rules");
        args.push_back(r);
    }
    return granska::e2e::run_granska(args);
}

std::string first_line(const std::string& text) {
    return text.substr(0, text.find('\n'));
}
} // namespace

TEST_CASE("a pack with 100,000 nested parentheses is refused at the nesting limit",
          "[e2e][hostile]") {
    const scratch s;
    const std::string deep = std::string(100000, '(') + "true" + std::string(100000, ')');
    write(s / "deep.rules", pack("deep", "require " + deep + " else \"x\""));
    const auto r = check_with_rules({s / "deep.rules"}, fixture());
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    // Column 267: the 257th '(' on the line "  require (((…", one past the limit.
    CHECK(first_line(r.err) ==
          s / "deep.rules:8:267: fel: för djup nästling: högst 256 nivåer av parenteser, "
              "listor, anrop, 'not' och block");
}

TEST_CASE("nesting under the limit parses and evaluates", "[e2e][hostile]") {
    const scratch s;
    const std::string deep = std::string(200, '(') + "true" + std::string(200, ')');
    write(s / "deep.rules", pack("deep", "require " + deep + " else \"x\""));
    const auto r = check_with_rules({s / "deep.rules"}, fixture());
    INFO(r.err);
    CHECK(r.status == 0);
}

TEST_CASE("a pack that includes itself is a cycle with its chain", "[e2e][hostile]") {
    const scratch s;
    write(s / "self.rules", pack("self", "require true else \"x\"", "include self\n"));
    const auto r = check_with_rules({s / "self.rules"}, fixture());
    CHECK(r.status == 2);
    CHECK(first_line(r.err) == s / "self.rules: fel: include bildar en cirkel: self → self");
}

TEST_CASE("two packs that include each other are a cycle with its chain", "[e2e][hostile]") {
    const scratch s;
    write(s / "a.rules", pack("a", "require true else \"x\"", "include b\n"));
    write(s / "b.rules", pack("b", "require true else \"x\"", "include a\n"));
    SECTION("both named") {
        const auto r = check_with_rules({s / "a.rules", s / "b.rules"}, fixture());
        CHECK(r.status == 2);
        CHECK(first_line(r.err) == s / "a.rules: fel: include bildar en cirkel: a → b → a");
    }
    SECTION("one named, the other found beside it") {
        const auto r = check_with_rules({s / "a.rules"}, fixture());
        CHECK(r.status == 2);
        CHECK(first_line(r.err) == s / "a.rules: fel: include bildar en cirkel: a → b → a");
    }
}

TEST_CASE("durations in the rule language: 6 månader and P0Y hold, P-1Y is an error",
          "[e2e][hostile]") {
    const scratch s;
    write(s / "ok.rules",
          pack("ok", "require 2026-01-31 + 6 månader == 2026-07-31 and as_of + P0Y == as_of "
                     "else \"x\""));
    auto r = check_with_rules({s / "ok.rules"}, fixture());
    INFO(r.err);
    CHECK(r.status == 0);
    write(s / "bad.rules", pack("bad", "require as_of + P-1Y == as_of else \"x\""));
    r = check_with_rules({s / "bad.rules"}, fixture());
    CHECK(r.status == 2);
    // "P" is read as a name, "-1" as a subtraction; the parser stops at the Y.
    CHECK(first_line(r.err) == s / "bad.rules:8:22: fel: förväntade 'else', fick 'Y'");
}

TEST_CASE("impossible dates and times in the data are errors at the value", "[e2e][hostile]") {
    for (const char* date : {"2023-02-30", "0000-01-01", "2026-11-22T24:00", "24:00",
                             "2026-11-22+01:00", "2026-11-22Z", "2026-13-01"}) {
        batch b;
        run_batch(b, "policy.json",
                  "{\"format\": \"granska/1\", \"kind\": \"policy\",\n"
                  " \"municipality\": {\"name\": \"Herrljunga kommun\", \"code\": \"1466\"},\n"
                  " \"id\": \"p\", \"title\": \"T\",\n \"adopted_on\": \"" +
                      std::string(date) + "\"}\n");
        require_input_error_and_good_case(b);
        CHECK(only_error(b) == "4:16 förväntade ett datum (ÅÅÅÅ-MM-DD) som finns i kalendern");
    }
}

TEST_CASE("durations in the data: P0Y is valid, P-1Y and 6 månader are errors", "[e2e][hostile]") {
    const auto policy = [](const std::string& interval) {
        return "{\"format\": \"granska/1\", \"kind\": \"policy\",\n"
               " \"municipality\": {\"name\": \"Herrljunga kommun\", \"code\": \"1466\"},\n"
               " \"id\": \"p\", \"title\": \"T\",\n \"revision_interval\": \"" +
               interval + "\"}\n";
    };
    {
        const scratch s;
        const auto c = copy_case(s.dir, "case");
        write(c + "/policy.json", policy("P0Y"));
        const auto r = check_json({c});
        CHECK(r.raw.status != 2);
        CHECK(errors_for(r.report, c + "/policy.json").empty());
    }
    for (const char* bad : {"P-1Y", "6 månader", "P", "PT1H"}) {
        batch b;
        run_batch(b, "policy.json", policy(bad));
        require_input_error_and_good_case(b);
        CHECK(only_error(b) ==
              "4:23 förväntade en tidslängd enligt ISO 8601 (t.ex. P4Y, P6M, P1Y2M, P120D)");
    }
}

TEST_CASE("9999-12-31 + P1Y is past the calendar: the rule cannot be judged", "[e2e][hostile]") {
    // Year 10000 is not a date granska can represent; the sum is unknown, and
    // an unknown never passes silently: the rule reports that it cannot judge.
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    write(c + "/policy.json",
          "{\"format\": \"granska/1\", \"kind\": \"policy\",\n"
          " \"municipality\": {\"name\": \"Herrljunga kommun\", \"code\": \"1466\"},\n"
          " \"id\": \"p\", \"title\": \"T\", \"adopted_on\": \"9999-12-31\", \"revised_on\": "
          "\"9999-12-31\",\n"
          " \"valid_from\": \"9999-12-31\", \"valid_until\": \"9999-12-31\",\n"
          " \"revision_interval\": \"P1Y\", \"follow_up_interval\": \"P1Y\",\n"
          " \"follow_ups\": [{\"date\": \"9999-12-31\", \"reported_to\": \"kommunstyrelsen\"}]}\n");
    for (const char* date : {"2026-11-22", "9999-12-31"}) {
        std::vector<std::string> args{"check", c, "--as-of", date, "--format", "json"};
        args.insert(args.end(), own_pack.begin(), own_pack.end());
        const auto r = granska::e2e::run_granska(args);
        INFO(r.err);
        CHECK(r.status == (date == std::string("2026-11-22") ? 0 : 1));
        const auto j = json::parse(r.out, nullptr, false);
        REQUIRE(j.is_object());
        CHECK(j["errors"].empty());
        std::string h03;
        for (const auto& f : j["cases"][0]["findings"])
            if (f["rule"] == "H-03")
                h03 = f["message"];
        // Nothing is missing from the files: the sum is what cannot be computed.
        CHECK(h03 ==
              "Kan inte bedömas: ett värde som behövs kan inte beräknas ur underlaget, så det går "
              "inte att avgöra om kravet ”Policyn revideras i tid” är uppfyllt.");
    }
    // The catalogue's rules on the same data, at the last date there is.
    const auto r =
        granska::e2e::run_granska({"check", c, "--as-of", "9999-12-31", "--format", "json"});
    CHECK(r.status == 1);
    CHECK(json::accept(r.out));
}
