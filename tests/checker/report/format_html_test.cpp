// The HTML report on hand-built runs (tests/golden/html/*.json, read back
// with read_report): golden files for the whole page, and the properties a
// coordinator and WCAG rely on, one TEST_CASE each.
#include "checker/report/formats.hpp"
#include "checker/report/html_chart.hpp"
#include "checker/results/compare.hpp"
#include "checker/results/read_report.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace granska::checker;

namespace {

const std::string source = GRANSKA_SOURCE_DIR;

// Fixture paths are relative to the source tree; made absolute so the tests
// run from any folder (the report shows them relative to working_dir again).
run_report fixture(const std::string& name) {
    auto read = read_report(source + "/tests/golden/html/" + name);
    REQUIRE(read.errors.empty());
    REQUIRE(read.value);
    auto r = *read.value;
    const auto absolute = [](std::string& p) {
        if (!p.empty() && p[0] != '/')
            p = source + "/" + p;
    };
    for (auto& c : r.cases) {
        absolute(c.path);
        for (auto& f : c.findings)
            absolute(f.about.file);
    }
    for (auto& e : r.errors)
        absolute(e.file);
    for (auto& p : r.packs)
        absolute(p.file);
    for (auto& i : r.inputs)
        absolute(i.path);
    for (auto& w : r.waiver_problems)
        absolute(w.file);
    return r;
}

format_options options() {
    format_options o;
    o.working_dir = source;
    return o;
}

void check_golden(const std::string& name, const std::string& actual) {
    granska::testing::check_golden("html/" + name, actual);
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

} // namespace

TEST_CASE("html: one municipality matches the golden report", "[html]") {
    check_golden("report.html", format_html(fixture("current.json"), options()));
}

TEST_CASE("html: compare mode matches the golden report", "[html]") {
    const auto current = fixture("current.json");
    const auto cmp = compare_reports(fixture("previous.json"), current);
    auto o = options();
    o.compare = &cmp;
    check_golden("report-compare.html", format_html(current, o));
}

TEST_CASE("html: a batch matches the golden report", "[html]") {
    check_golden("batch.html", format_html(fixture("batch.json"), options()));
}

TEST_CASE("html: the page is one self-contained Swedish HTML5 file", "[html]") {
    const auto html = format_html(fixture("batch.json"), options());
    CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">\n"));
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("<style>") != std::string::npos);
    // No script, no external resource: the only URL is the SVG namespace.
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<link") == std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(occurrences(html, "http") == occurrences(html, "xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(html.ends_with("</html>\n"));
}

TEST_CASE("html: the same run gives the same bytes", "[html]") {
    const auto r = fixture("batch.json");
    CHECK(format_html(r, options()) == format_html(r, options()));
}

TEST_CASE("html: every text from the data is escaped", "[html]") {
    auto r = fixture("current.json");
    auto& f = r.cases[0].findings[0];
    f.rule = "X<1>";
    f.title = "<script>alert(1)</script>";
    f.message = "a & b < c";
    f.cite = {"Dok \"A\"", "Avsnitt 'B'", "<i>klausul</i>"};
    f.note = "</p><p>";
    r.cases[0].municipality_name = "<Herrljunga>";
    const auto html = format_html(r, options());
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("X&lt;1&gt;") != std::string::npos);
    CHECK(html.find("<p class=\"message\">a &amp; b &lt; c</p>") != std::string::npos);
    CHECK(html.find("<p>&lt;i&gt;klausul&lt;/i&gt;</p>\n<footer>Dok &quot;A&quot;, avsnitt "
                    "”Avsnitt &#39;B&#39;”</footer>") != std::string::npos);
    CHECK(html.find("<strong>Tolkning:</strong> &lt;/p&gt;&lt;p&gt;</p>") != std::string::npos);
    CHECK(html.find("<h1>Granskning: &lt;Herrljunga&gt;</h1>") != std::string::npos);
}

TEST_CASE("html: the top names municipality, policy, date, packs and counts", "[html]") {
    const auto html = format_html(fixture("current.json"), options());
    CHECK(html.find("<title>Granskning: Herrljunga kommun per 2026-11-22</title>") !=
          std::string::npos);
    CHECK(html.find("<dt>Kommun</dt><dd>Herrljunga kommun (1466)</dd>") != std::string::npos);
    CHECK(html.find("<dt>Policy</dt><dd>Integrationspolicy för Herrljunga kommun</dd>") !=
          std::string::npos);
    CHECK(html.find("<dt>Referensdatum</dt><dd>2026-11-22</dd>") != std::string::npos);
    CHECK(
        html.find(
            "<tr><td><code>herrljunga</code></td><td>Integrationspolicy för Herrljunga kommun</td>"
            "<td><code>870b1db7bab6</code></td></tr>") != std::string::npos);
    // The waived COM-04 error is shown but not counted.
    CHECK(html.find("<tr><th scope=\"row\">Fel</th><td>2</td></tr>") != std::string::npos);
    CHECK(html.find("<tr><th scope=\"row\">Varning</th><td>2</td></tr>") != std::string::npos);
    CHECK(html.find("<tr><th scope=\"row\">Information</th><td>1</td></tr>") != std::string::npos);
    CHECK(
        html.find("<tr><th scope=\"row\">Undantag (visas, räknas inte ovan)</th><td>1</td></tr>") !=
        std::string::npos);
}

TEST_CASE("html: findings of a plan and its goals and actions belong to the plan's body",
          "[html]") {
    const auto html = format_html(fixture("current.json"), options());
    const auto social = html.find("<h3 id=\"fall-1-organ-3\">Socialnämnden</h3>");
    const auto culture = html.find("<h3 id=\"fall-1-organ-4\">Kultur- och fritidsnämnden</h3>");
    REQUIRE(social != std::string::npos);
    REQUIRE(culture != std::string::npos);
    const auto in = [&](const std::string& what, std::size_t from, std::size_t to) {
        const auto at = html.find(what, from);
        return at != std::string::npos && at < to;
    };
    CHECK(in("<span class=\"rule\">HER-01</span>", social, culture));
    CHECK(in("<span class=\"rule\">HER-02</span>", social,
             culture)); // a goal in socialnamnden-2026.json
    CHECK(in("<span class=\"rule\">COM-04</span>", social, culture)); // an action in the same plan
    CHECK(in("<span class=\"rule\">HER-03</span>", culture, html.size())); // the plan kultur-2025
    const auto general =
        html.find("<h3 id=\"fall-1-organ-0\">Policyn och kommunen som helhet</h3>");
    REQUIRE(general != std::string::npos);
    CHECK(in("<span class=\"rule\">COM-02</span>", general, social));
    CHECK(in("<span class=\"rule\">COM-05</span>", general, social));
}

TEST_CASE("html: findings are grouped by severity within a body", "[html]") {
    const auto html = format_html(fixture("current.json"), options());
    const auto social = html.find("<h3 id=\"fall-1-organ-3\">Socialnämnden</h3>");
    const auto errors = html.find("<h4>Fel (2)</h4>", social);
    const auto warnings = html.find("<h4>Varningar (1)</h4>", social);
    REQUIRE(errors != std::string::npos);
    REQUIRE(warnings != std::string::npos);
    CHECK(errors < warnings);
    CHECK(html.find("<p class=\"status\">1 fel, 1 varning; dessutom 1 fynd med undantag</p>",
                    social) < errors);
}

TEST_CASE("html: a finding shows message, place, the clause in full, interpretation and evidence",
          "[html]") {
    const auto html = format_html(fixture("current.json"), options());
    CHECK(html.find(
              "<h5 id=\"fall-1-organ-3-fynd-3\"><span class=\"badge error\">Fel</span> <span "
              "class=\"rule\">HER-01</span> Varje nämnd tar fram 1–2 mål</h5>\n"
              "<p class=\"message\">Socialnämnden har 3 mål i planer som gäller 2026-11-22; "
              "policyn kräver "
              "1–2.</p>\n<p class=\"where\">Gäller organ <code>socialnamnden</code> · plats <code>"
              "tests/golden/html/herrljunga/organisation.json:8</code> · JSON Pointer "
              "<code>/bodies/2</code></p>\n"
              "<blockquote>\n<p>Varje nämnd ska för sin verksamhet ta fram 1-2 mål utifrån "
              "inriktningsmålet "
              "Herrljunga kommun har en tydlig VI-känsla!</p>\n<footer>Integrationspolicy för "
              "Herrljunga "
              "kommun, avsnitt ”Integrationspolitikens mål”</footer>\n</blockquote>\n"
              "<p class=\"note\"><strong>Tolkning:</strong> Målen räknas över nämndens planer som "
              "gäller på "
              "referensdatumet.</p>\n<table "
              "class=\"evidence\">\n<caption>Underlag</caption>\n<tbody>\n"
              "<tr><th scope=\"row\">count(goals)</th><td>3</td></tr>\n") != std::string::npos);
}

TEST_CASE("html: bodies without findings are listed as in order", "[html]") {
    const auto html = format_html(fixture("current.json"), options());
    CHECK(html.find("<h3 id=\"fall-1-i-ordning\">I ordning</h3>\n<p>Organ utan fynd per "
                    "2026-11-22:</p>\n<ul>\n"
                    "<li><span class=\"badge i-ordning\">I ordning</span> Kommunfullmäktige "
                    "(kommunfullmäktige)</li>\n"
                    "<li><span class=\"badge i-ordning\">I ordning</span> Kommunstyrelsen "
                    "(kommunstyrelse)</li>\n"
                    "</ul>") != std::string::npos);
}

TEST_CASE("html: waived findings are visibly marked with the decision", "[html]") {
    const auto html = format_html(fixture("current.json"), options());
    CHECK(html.find("<article class=\"finding error waived\"") != std::string::npos);
    CHECK(html.find("COM-04</span> Varje åtgärd har tidsram, ansvar och mått <span class=\"badge "
                    "undantag\">Undantag</span></h5>") != std::string::npos);
    CHECK(html.find("<p class=\"waiver\"><strong>Undantag beslutat</strong> KS 2026-03-12 § 45: "
                    "Måttet tas fram i "
                    "samråd med Arbetsförmedlingen under 2027. Gäller till och med 2027-06-30. "
                    "Fyndet räknas "
                    "inte.</p>") != std::string::npos);
}

TEST_CASE("html: compare mode marks each finding and lists what was resolved", "[html]") {
    const auto current = fixture("current.json");
    const auto cmp = compare_reports(fixture("previous.json"), current);
    auto o = options();
    o.compare = &cmp;
    const auto html = format_html(current, o);
    CHECK(occurrences(html, "<span class=\"badge oforandrad\">Oförändrad</span>") == 2);
    CHECK(occurrences(html, "<span class=\"badge ny\">Ny</span>") == 4);
    CHECK(html.find("<tr><th scope=\"row\">Nya fynd</th><td>4</td></tr>\n"
                    "<tr><th scope=\"row\">Oförändrade fynd</th><td>2</td></tr>\n"
                    "<tr><th scope=\"row\">Åtgärdade sedan förra mötet</th><td>1</td></tr>") !=
          std::string::npos);
    CHECK(
        html.find("<p class=\"status\">Sedan förra mötet: 4 nya, 2 oförändrade, 1 åtgärdad.</p>") !=
        std::string::npos);
    CHECK(html.find(
              "<h3 id=\"fall-1-atgardade\">Åtgärdade sedan förra mötet (1)</h3>\n<ul>\n<li><span "
              "class=\"badge atgardad\">Åtgärdad</span> <span class=\"rule\">HER-01</span> (fel) "
              "Varje nämnd "
              "tar fram 1–2 mål: Kultur- och fritidsnämnden har 0 mål i planer som gäller "
              "2025-11-22; policyn "
              "kräver 1–2.") != std::string::npos);
}

TEST_CASE("html: without --compare nothing is marked new or resolved", "[html]") {
    const auto html = format_html(fixture("current.json"), options());
    CHECK(html.find("badge ny") == std::string::npos);
    CHECK(html.find("Åtgärdade sedan förra mötet") == std::string::npos);
}

TEST_CASE("html: a batch starts each municipality on a new printed page", "[html]") {
    const auto html = format_html(fixture("batch.json"), options());
    CHECK(html.find("<body class=\"batch\">") != std::string::npos);
    CHECK(html.find(".batch .case { break-before: page; }") != std::string::npos);
    CHECK(html.find("@page { size: A4;") != std::string::npos);
    CHECK(
        html.find(".finding, .chart-svg, tr, blockquote, dl.facts, li { break-inside: avoid; }") !=
        std::string::npos);
    CHECK(html.find("thead { display: table-header-group; }") != std::string::npos);
    CHECK(occurrences(html, "<section class=\"case\"") == 2);
}

TEST_CASE("html: a case that did not load says so and shows its input errors", "[html]") {
    const auto html = format_html(fixture("batch.json"), options());
    CHECK(html.find("<h2 id=\"fall-2-rubrik\">Tranemo kommun</h2>") != std::string::npos);
    CHECK(html.find("<p class=\"not-loaded\"><strong>Underlaget kunde inte läsas; inga regler "
                    "kördes.</strong>") != std::string::npos);
    CHECK(html.find("<li><code>tests/golden/html/trasig/policy.json:3</code> "
                    "&quot;2023-02-30&quot; är inget datum "
                    "som finns (ÅÅÅÅ-MM-DD)</li>") != std::string::npos);
    CHECK(html.find("<h2 id=\"indatafel-rubrik\">Indatafel</h2>") != std::string::npos);
    CHECK(html.find("<h2 id=\"undantag-rubrik\">Undantag att se över</h2>") != std::string::npos);
}

TEST_CASE("html chart: an SVG image with title, description and the same numbers as a table",
          "[html]") {
    bar_chart chart{"d",
                    "Fynd per organ och nivå",
                    "Organ",
                    {{"Socialnämnden", {2, 1, 0}}, {"Kommunstyrelsen", {}}}};
    const auto html = render_chart(chart);
    CHECK(html.starts_with(
        "<figure class=\"chart\" id=\"d\">\n<figcaption>Fynd per organ och nivå</figcaption>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"d-title "
        "d-desc\""));
    CHECK(html.find("<title id=\"d-title\">Fynd per organ och nivå</title>\n<desc "
                    "id=\"d-desc\">Antal fynd per rad "
                    "och nivå. Socialnämnden: 2 fel, 1 varning. Kommunstyrelsen: inga fynd. Samma "
                    "siffror finns i "
                    "tabellen under diagrammet.</desc>") != std::string::npos);
    CHECK(html.find(
              "<tr><th "
              "scope=\"row\">Socialnämnden</th><td>2</td><td>1</td><td>0</td><td>3</td></tr>") !=
          std::string::npos);
    CHECK(html.find(
              "<tr><th scope=\"row\">Kommunstyrelsen</th><td>0</td><td>0</td><td>0</td><td>0 (i "
              "ordning)</td></tr>") != std::string::npos);
    CHECK(html.find(
              "<tfoot><tr><th "
              "scope=\"row\">Summa</th><td>2</td><td>1</td><td>0</td><td>3</td></tr></tfoot>") !=
          std::string::npos);
}

TEST_CASE("html chart: severity is told by text and pattern, not colour alone", "[html]") {
    bar_chart chart{"d", "T", "Organ", {{"Socialnämnden", {1, 1, 1}}}};
    const auto html = render_chart(chart);
    // A legend naming each level, patterns for warning and info, and the
    // counts written out at the end of each bar.
    CHECK(html.find(">Fel</text>") != std::string::npos);
    CHECK(html.find(">Varning</text>") != std::string::npos);
    CHECK(html.find(">Information</text>") != std::string::npos);
    CHECK(html.find("fill=\"url(#d-varning)\"") != std::string::npos);
    CHECK(html.find("fill=\"url(#d-information)\"") != std::string::npos);
    CHECK(html.find(">1 fel, 1 varning, 1 information</text>") != std::string::npos);
    CHECK(html.find("<title>Socialnämnden: 1 varning</title>") != std::string::npos);
}

TEST_CASE("html chart: rows without findings say so, long labels are shortened in the picture only",
          "[html]") {
    const std::string long_name = "Nämnden för arbetsmarknad, vuxenutbildning och integration";
    bar_chart chart{"d", "T", "Organ", {{long_name, {}}}};
    const auto html = render_chart(chart);
    CHECK(html.find(">i ordning</text>") != std::string::npos);
    CHECK(html.find(">Nämnden för arbetsmarknad, vuxenutb…</text>") != std::string::npos);
    CHECK(html.find("<th scope=\"row\">" + long_name + "</th>") != std::string::npos);
}

TEST_CASE("html: count phrases in Swedish", "[html]") {
    CHECK(count_phrase({0, 0, 0}) == "inga fynd");
    CHECK(count_phrase({1, 1, 1}) == "1 fel, 1 varning, 1 information");
    CHECK(count_phrase({2, 3, 0}) == "2 fel, 3 varningar");
    CHECK(html_escape("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
}
