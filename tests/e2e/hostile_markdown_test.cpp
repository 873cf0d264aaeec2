// The Markdown report escapes every data string (issue 16, item 4), checked
// with a real renderer (markdown-it, ci/render-markdown.sh): a case whose
// names, messages and waiver carry headings, links, images, HTML, emphasis,
// backticks, pipes, mentions and newlines renders to exactly the elements
// (and table rows) of the same case with plain words in their place.
#include "hostile/hostile.hpp"
#include "tests/checker/ci_sample_report.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <regex>

using namespace granska::hostile;

namespace {

const std::string hostile_text =
    R"(Herrljunga\n# Rubrik [länk](https://example.org) ![bild](https://example.org/a.png) )"
    R"(<img src=x onerror=alert(1)> <b>fet</b> @someone **fet** _kursiv_ `kod` ``` ~~stryk~~ )"
    R"(| falsk | cell |\n|---|---|\n| x | y | www.example.com https://example.org &amp; \\)";

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// The fixture with `data` as municipality name, action description (an
// overdue action, so H-01 repeats it) and waiver justification; the
// rendered Markdown report.
std::string rendered_report(const std::string& data) {
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    for (const char* file : {"/policy.json", "/organisation.json", "/plans/sn-2026.json"}) {
        std::string text = granska::e2e::read_file(c + file);
        replace_all(text, "\"Herrljunga kommun\"", "\"" + data + "\"");
        replace_all(text, "\"Språkpraktik\"", "\"" + data + "\"");
        replace_all(text, "\"deadline\": \"2026-12-31\"", "\"deadline\": \"2026-01-31\"");
        write(c + file, text);
    }
    write(s / "waivers.json", R"({"format": "granska-waivers/1", "waivers": [
      {"rule": "H-03", "subject": "hostile-policy", "justification": ")" +
                                  data + R"(", "decided_by": ")" + data +
                                  R"(", "expires": "2027-06-30"}]})");
    std::vector<std::string> args{
        "check",    c,          "--as-of",       as_of,       "--format",
        "markdown", "--output", s / "report.md", "--waivers", s / "waivers.json",
        "--audit"};
    args.insert(args.end(), own_pack.begin(), own_pack.end());
    const auto r = granska::e2e::run_granska(args);
    INFO(r.err);
    REQUIRE(r.status == 1);
    std::string html;
    const int status = granska::testing::run_command(
        granska::e2e::source_dir() + "/ci/render-markdown.sh '" + s / "report.md" + "'", html);
    INFO(html);
    REQUIRE(status == 0);
    return html;
}

std::map<std::string, int> elements(const std::string& html) {
    std::map<std::string, int> count;
    static const std::regex tag("<([a-zA-Z][a-zA-Z0-9]*)");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), tag);
         it != std::sregex_iterator(); ++it)
        ++count[(*it)[1].str()];
    return count;
}

} // namespace

TEST_CASE("hostile data renders to the same Markdown elements as plain words",
          "[e2e][hostile][markdown]") {
    const auto plain = rendered_report("Vanlig text");
    const auto hostile = rendered_report(hostile_text);
    INFO(hostile);
    CHECK(elements(hostile) == elements(plain));
    CHECK(elements(plain)["tr"] > 4); // the summary table and the findings
    for (const char* element : {"<a", "<img", "<h1", "<h4", "<b>", "<del", "<s>"})
        CHECK(hostile.find(element) == std::string::npos);
    // The data is there, as text.
    CHECK(hostile.find("# Rubrik [länk](https://example.org)") != std::string::npos);
    CHECK(hostile.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
}
