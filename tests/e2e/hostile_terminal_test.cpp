// Data cannot steer a terminal or forge a line (issue 16, item 5): ESC,
// OSC 8, BEL, CR, BS and newlines from a name, a file name or a value are
// shown visibly (\u001b) in text output, in explain and in error messages.
#include "hostile/hostile.hpp"

#include <catch2/catch.hpp>

using namespace granska::hostile;

namespace {

// Every control character a hostile name carries, as JSON escapes.
const std::string hostile_name =
    R"(Socialnämnden\u001b[31mRÖD\u001b]8;;https://example.org\u0007länk\u001b]8;;\u0007\r\b\nfel[H-99]: förfalskad rad)";

// Bytes below 0x20 other than newline and tab, DEL, and UTF-8 C1 controls.
bool has_raw_control(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return true;
        if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
            static_cast<unsigned char>(text[i + 1]) <= 0x9f)
            return true;
    }
    return false;
}

// A line that begins as a finding line does, but came from the data.
bool has_forged_line(const std::string& text) {
    return text.find("\nfel[H-99]") != std::string::npos;
}

std::string hostile_case(const scratch& s) {
    const auto c = copy_case(s.dir, "case");
    std::string org = granska::e2e::read_file(c + "/organisation.json");
    const std::string from = "\"Socialnämnden\"";
    org.replace(org.find(from), from.size(), "\"" + hostile_name + "\"");
    write(c + "/organisation.json", org);
    std::string plan = granska::e2e::read_file(c + "/plans/sn-2026.json");
    const auto at = plan.find("\"description\": \"");
    REQUIRE(at != std::string::npos);
    plan.insert(at + 16, "\\u001b[2J\\u009b31m\\r" + hostile_name + " ");
    // Overdue, so H-01's message repeats the description.
    const std::string deadline = "\"deadline\": \"2026-12-31\"";
    plan.replace(plan.find(deadline), deadline.size(), "\"deadline\": \"2026-01-31\"");
    write(c + "/plans/sn-2026.json", plan);
    return c;
}

} // namespace

TEST_CASE("control characters in data are shown visibly in text output",
          "[e2e][hostile][terminal]") {
    const scratch s;
    const auto c = hostile_case(s);
    std::vector<std::string> args{"check", c, "--as-of", as_of, "--format", "text"};
    args.insert(args.end(), own_pack.begin(), own_pack.end());
    const auto r = granska::e2e::run_granska(args, {"NO_COLOR=1"});
    INFO(r.out);
    CHECK(r.status == 1);
    CHECK_FALSE(has_raw_control(r.out));
    CHECK_FALSE(has_raw_control(r.err));
    CHECK_FALSE(has_forged_line(r.out));
    CHECK(r.out.find("\\u001b[31mRÖD\\u001b]8;;https://example.org\\u0007länk") !=
          std::string::npos);
    CHECK(r.out.find("\\u000afel[H-99]: förfalskad rad") != std::string::npos);
}

TEST_CASE("control characters in data are shown visibly by explain", "[e2e][hostile][terminal]") {
    const scratch s;
    const auto c = hostile_case(s);
    std::vector<std::string> args{"explain", "H-01", "--case", c, "--as-of", as_of};
    args.insert(args.end(), own_pack.begin(), own_pack.end());
    const auto r = granska::e2e::run_granska(args);
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK_FALSE(has_raw_control(r.out));
    CHECK(r.out.find("\\u001b[2J\\u009b31m\\u000d") != std::string::npos);
}

TEST_CASE("control characters in a file name are shown visibly in error messages",
          "[e2e][hostile][terminal]") {
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    const std::string bad = c + "/plans/x\x1b]0;titel\x07\nfel[H-99]: förfalskad.json";
    write(bad, "{\"format\": ");
    for (const char* format : {"text", "json"}) {
        std::vector<std::string> args{"check", c, "--as-of", as_of, "--format", format};
        args.insert(args.end(), own_pack.begin(), own_pack.end());
        const auto r = granska::e2e::run_granska(args, {"NO_COLOR=1"});
        INFO(r.err);
        CHECK(r.status == 2);
        CHECK_FALSE(has_raw_control(r.err));
        CHECK_FALSE(has_forged_line(r.err));
        // Text output lists input errors with the findings, JSON on stderr.
        CHECK((r.out + r.err).find("x\\u001b]0;titel\\u0007\\u000afel[H-99]") != std::string::npos);
        if (std::string(format) == "text") {
            CHECK_FALSE(has_raw_control(r.out));
            CHECK_FALSE(has_forged_line(r.out));
        }
    }
}

// The HTML report, the Markdown summary and GitHub's annotations are read by
// people too: a browser drops or acts on control characters, the job log
// colours on ESC, and a newline in an annotation starts a line of its own.
TEST_CASE("control characters in data are shown visibly in HTML Markdown and GitHub output",
          "[e2e][hostile][terminal]") {
    const scratch s;
    const auto c = hostile_case(s);
    for (const char* format : {"html", "markdown", "github"}) {
        std::vector<std::string> args{"check", c, "--as-of", as_of, "--format", format};
        args.insert(args.end(), own_pack.begin(), own_pack.end());
        const auto r = granska::e2e::run_granska(args, {"NO_COLOR=1"});
        INFO(format << "\n" << r.out);
        CHECK(r.status == 1);
        CHECK_FALSE(has_raw_control(r.out));
        CHECK(r.out.find("u001b") != std::string::npos); // Markdown escapes the backslash
        // Neither a line of its own nor GitHub's encoded line break (in HTML
        // a newline is only white space).
        if (std::string(format) != "html")
            CHECK_FALSE(has_forged_line(r.out));
        CHECK(r.out.find("%0Afel[H-99]") == std::string::npos);
    }
}
