// A file name that is not UTF-8 (issue 16, items 9 and 10): every format
// shows it escaped losslessly (\xNN) and stays valid; merge and verify read
// granska's own result. JUnit replaces what XML 1.0 forbids (U+FFFE, U+FFFF,
// C0 controls) so the file stays well-formed.
#include "hostile/hostile.hpp"
#include "tests/checker/ci_sample_report.hpp"

#include <catch2/catch.hpp>

using namespace granska::hostile;

namespace {

bool valid_utf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t n = b < 0x80         ? 1
                              : (b >> 5) == 6  ? 2
                              : (b >> 4) == 14 ? 3
                              : (b >> 3) == 30 ? 4
                                               : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80)
                return false;
        i += n;
    }
    return true;
}

// The fixture with its plan under a name that is not UTF-8, and an overdue
// action, so a finding names the file.
std::string case_with_bad_name(const scratch& s) {
    const auto c = copy_case(s.dir, "case");
    std::string plan = granska::e2e::read_file(c + "/plans/sn-2026.json");
    const std::string deadline = "\"deadline\": \"2026-12-31\"";
    plan.replace(plan.find(deadline), deadline.size(), "\"deadline\": \"2026-01-31\"");
    fs::remove(c + "/plans/sn-2026.json");
    write(c + "/plans/sn-\xff\xfe\\.json", plan);
    return c;
}

std::vector<std::string> check_args(const std::string& c, const std::string& format) {
    std::vector<std::string> args{"check", c, "--as-of", as_of, "--format", format};
    args.insert(args.end(), own_pack.begin(), own_pack.end());
    return args;
}

} // namespace

TEST_CASE("a file name that is not UTF-8 is escaped losslessly in every format",
          "[e2e][hostile][file-names]") {
    const scratch s;
    const auto c = case_with_bad_name(s);
    const std::string shown = c + "/plans/sn-\\xff\\xfe\\\\.json";
    for (const char* format :
         {"text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html"}) {
        const auto r = granska::e2e::run_granska(check_args(c, format));
        INFO(format << ": " << r.err);
        CHECK(r.status == 1);
        CHECK(valid_utf8(r.out));
        CHECK(valid_utf8(r.err));
        CHECK(r.err.find("internt fel") == std::string::npos);
        if (std::string(format) == "json" || std::string(format) == "sarif" ||
            std::string(format) == "gitlab")
            CHECK_FALSE(json::parse(r.out, nullptr, false).is_discarded());
    }
    const auto r = granska::e2e::run_granska(check_args(c, "json"));
    const auto report = json::parse(r.out, nullptr, false);
    REQUIRE(report.is_object());
    bool named = false;
    for (const auto& f : report["cases"][0]["findings"])
        named |= f["subject"]["file"] == shown;
    CHECK(named);

    // merge and verify read the result granska wrote.
    write(s / "result.json", r.out);
    const auto merged = granska::e2e::run_granska({"merge", s / "result.json"});
    INFO(merged.err);
    CHECK(merged.err.empty());
    const auto again = json::parse(merged.out, nullptr, false);
    REQUIRE(again.is_object());
    CHECK(again["cases"] == report["cases"]);
    const auto verified = granska::e2e::run_granska({"verify", s / "result.json"});
    INFO(verified.out << verified.err);
    CHECK(verified.status == 0);
}

TEST_CASE("JUnit replaces the characters XML 1.0 forbids", "[e2e][hostile][junit]") {
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    std::string plan = granska::e2e::read_file(c + "/plans/sn-2026.json");
    const std::string deadline = "\"deadline\": \"2026-12-31\"";
    plan.replace(plan.find(deadline), deadline.size(), "\"deadline\": \"2026-01-31\"");
    const std::string description = "\"Språkpraktik\"";
    plan.replace(plan.find(description), description.size(),
                 R"("Språk\uFFFEpraktik\uFFFF\u0001\u001b slut")");
    write(c + "/plans/sn-2026.json", plan);
    const auto r = granska::e2e::run_granska(check_args(c, "junit"));
    CHECK(r.status == 1);
    CHECK(r.out.find("\xEF\xBF\xBE") == std::string::npos);
    CHECK(r.out.find("\xEF\xBF\xBF") == std::string::npos);
    CHECK(r.out.find('\x01') == std::string::npos);
    CHECK(r.out.find("Språk\xEF\xBF\xBDpraktik\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD slut") !=
          std::string::npos);
    write(s / "report.xml", r.out);
    if (granska::testing::have_program("xmllint")) {
        std::string output;
        const int status =
            granska::testing::run_command("xmllint --noout '" + s / "report.xml" + "'", output);
        INFO(output);
        CHECK(status == 0);
    }
}
