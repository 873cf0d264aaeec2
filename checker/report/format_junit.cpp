// JUnit XML for CI test reports (GitLab, Jenkins, Azure): a testsuite per
// case, a testcase per rule applied to it, failed by its active findings; a
// common criterion the municipality's own documents do not carry is a
// skipped testcase that says so, never a pass.
// Valid against both the strict Ant schema (JUnit.xsd) and Jenkins'
// junit-10.xsd: <testsuites> carries no attributes (JUnit.xsd allows none),
// each <testsuite> has id, package, timestamp without zone, hostname,
// <properties>, <system-out>, <system-err>; times have three decimals.
// Deterministic: the timestamp is the as-of date and every time is 0.000.
#include "checker/base/escape.hpp"
#include "checker/report/formats.hpp"
#include "checker/report/report_paths.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace granska::checker {

namespace {

std::string attr(const std::string& s) {
    return xml_escape(s, true);
}
std::string xml_text(const std::string& s) {
    return xml_escape(s, false);
}

constexpr const char* zero_time = "0.000";

std::string junit_location(const subject& s, const std::string& working_dir) {
    const std::string file = relative_path(s.file, working_dir);
    std::string out = s.line > 0 ? fmt::format("{}:{}", file, s.line) : file;
    if (!s.pointer.empty())
        out += " " + s.pointer;
    return out;
}

std::string state_note(const finding& f) {
    if (f.state == finding_state::waived)
        return fmt::format(" (undantag: {}; beslut {}; gäller t.o.m. {})", f.waiver.justification,
                           f.waiver.decided_by, f.waiver.expires);
    if (f.state == finding_state::known)
        return " (känd sedan baslinjen)";
    return "";
}

// Indents every line after the first, so a message's own line breaks stay
// inside its finding.
std::string indented(const std::string& text) {
    std::string out;
    for (const char c : text)
        out += c == '\n' ? std::string("\n  ") : std::string(1, c);
    return out;
}

// One finding as a few lines of the failure text.
std::string finding_text(const finding& f, const std::string& working_dir) {
    std::string out =
        fmt::format("{} {}: {} {} ({}){}\n", swedish(f.level), f.rule, swedish_kind(f.about.kind),
                    f.about.id, junit_location(f.about, working_dir), state_note(f));
    out += "  " + indented(f.message) + "\n";
    out += fmt::format("  Källa: {}, {}: \"{}\"\n", f.cite.document, f.cite.section, f.cite.text);
    for (const auto& e : f.evidence)
        out += fmt::format("  {}: {}\n", e.name, e.value);
    return out;
}

bool belongs_to(const diagnostic& d, const std::string& case_path) {
    std::string root = case_path;
    while (root.size() > 1 && root.back() == '/')
        root.pop_back();
    return d.file == root || d.file.starts_with(root + "/");
}

std::string diagnostic_text(const diagnostic& d, const std::string& working_dir) {
    std::string where = relative_path(d.file, working_dir);
    if (d.line > 0)
        where += fmt::format(":{}", d.line);
    if (d.line > 0 && d.column > 0)
        where += fmt::format(":{}", d.column);
    const char* level = d.severity == diagnostic_severity::error ? "fel" : "varning";
    return fmt::format("{}: {}: {}{}\n", where, level, d.message,
                       d.pointer.empty() ? "" : " (" + d.pointer + ")");
}

struct suite {
    std::string name;
    std::string package;
    std::vector<std::pair<std::string, std::string>> properties;
    std::string cases{}; // the <testcase> elements
    int tests = 0, failures = 0, errors = 0;
    std::string out{}, err{}; // <system-out>, <system-err>
    int skipped = 0;
};

void add_error_case(suite& s, const std::string& name, const std::string& classname,
                    const std::vector<const diagnostic*>& ds, const std::string& working_dir) {
    std::string body;
    for (const auto* d : ds)
        body += diagnostic_text(*d, working_dir);
    const std::string message =
        ds.empty() ? std::string("fallet kunde inte läsas; inga regler kördes")
                   : fmt::format("{} indatafel: {}", ds.size(), ds.front()->message);
    s.cases += fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"{}\">\n", attr(name),
                           attr(classname), zero_time);
    s.cases += fmt::format("      <error type=\"input\" message=\"{}\">{}</error>\n", attr(message),
                           xml_text(body));
    s.cases += "    </testcase>\n";
    ++s.tests;
    ++s.errors;
}

// A test that was not run, and why: CI shows it as skipped, not passed.
void add_skipped_case(suite& s, const std::string& name, const std::string& classname,
                      const std::string& why) {
    s.cases += fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"{}\">\n"
                           "      <skipped message=\"{}\"/>\n    </testcase>\n",
                           attr(name), attr(classname), zero_time, attr(why));
    ++s.tests;
    ++s.skipped;
}

// The rules applied to a case: those of its packs, then any rule a finding
// names that is not among them (never silently drop a finding).
std::vector<std::pair<std::string, std::string>> rules_of(const run_report& report,
                                                          const case_report& c) {
    std::vector<std::pair<std::string, std::string>> out;
    std::set<std::string> seen;
    for (const auto& r : report.rules)
        if (std::find(c.packs.begin(), c.packs.end(), r.pack) != c.packs.end() &&
            seen.insert(r.id).second)
            out.emplace_back(r.id, r.title);
    for (const auto& f : c.findings)
        if (seen.insert(f.rule).second)
            out.emplace_back(f.rule, f.title);
    return out;
}

suite case_suite(const run_report& report, const case_report& c, const std::string& working_dir,
                 std::vector<bool>& used_errors) {
    suite s;
    const std::string who = !c.municipality_name.empty()   ? c.municipality_name
                            : !c.municipality_code.empty() ? c.municipality_code
                                                           : "okänd kommun";
    s.name = fmt::format("{} ({})", who, c.path);
    s.package =
        "granska." + (c.municipality_code.empty() ? std::string("okand") : c.municipality_code);
    const std::string classname = who + "/" + c.path;
    s.properties = {
        {"as_of", report.as_of}, {"case", c.path}, {"municipality_code", c.municipality_code}};
    if (c.loaded) {
        s.properties.emplace_back("policy", c.policy_id);
        std::string packs;
        for (const auto& p : c.packs)
            packs += (packs.empty() ? "" : ", ") + p;
        s.properties.emplace_back("rule_packs", packs);
    }
    if (c.common_only) { // the municipality's own policy was not checked: a skipped test
        s.properties.emplace_back("common_only", common_only_notice(c));
        add_skipped_case(s, "kommunens egen policy", classname, common_only_notice(c));
    }
    std::vector<const diagnostic*> mine;
    for (std::size_t i = 0; i < report.errors.size(); ++i)
        if (!used_errors[i] && belongs_to(report.errors[i], c.path)) {
            used_errors[i] = true;
            if (report.errors[i].severity == diagnostic_severity::error)
                mine.push_back(&report.errors[i]);
            else
                s.err += diagnostic_text(report.errors[i], working_dir);
        }
    if (!c.loaded || !mine.empty())
        add_error_case(s, "indata", classname, mine, working_dir);
    std::size_t waived = 0, known = 0;
    for (const auto& [id, title] : rules_of(report, c)) {
        const auto not_applicable =
            std::find_if(c.not_applicable.begin(), c.not_applicable.end(),
                         [&rule = id](const not_applicable_rule& n) { return n.rule == rule; });
        if (not_applicable != c.not_applicable.end()) {
            add_skipped_case(s, id + " " + title, classname, not_applicable->reason);
            continue;
        }
        std::vector<const finding*> active;
        std::string body;
        for (const auto& f : c.findings) {
            if (f.rule != id)
                continue;
            // --audit: waived and known findings fail like any other.
            if (f.state == finding_state::active || report.audit)
                active.push_back(&f);
            waived += f.state == finding_state::waived;
            known += f.state == finding_state::known;
        }
        ++s.tests;
        s.cases += fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"{}\"",
                               attr(id + " " + title), attr(classname), zero_time);
        if (active.empty()) {
            s.cases += "/>\n";
            continue;
        }
        // Active findings first; waived and known ones of the same rule after, for context.
        const finding* worst =
            *std::max_element(active.begin(), active.end(),
                              [](auto* a, auto* b) { return rank(a->level) < rank(b->level); });
        for (const auto* f : active)
            body += finding_text(*f, working_dir);
        for (const auto& f : c.findings)
            if (f.rule == id && f.state != finding_state::active && !report.audit)
                body += finding_text(f, working_dir);
        const std::string message =
            active.size() == 1
                ? active.front()->message
                : fmt::format("{} fynd; det första: {}", active.size(), active.front()->message);
        s.cases += fmt::format(
            ">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
            to_string(worst->level), attr(message), xml_text(body));
        ++s.failures;
    }
    s.properties.emplace_back("waived", std::to_string(waived));
    s.properties.emplace_back("known", std::to_string(known));
    for (const auto& f : c.findings)
        if (f.state != finding_state::active)
            s.out += finding_text(f, working_dir);
    return s;
}

void write_suite(std::string& out, const suite& s, std::size_t id, const std::string& timestamp) {
    out += fmt::format(
        "  <testsuite name=\"{}\" package=\"{}\" id=\"{}\" timestamp=\"{}\" hostname=\"granska\" "
        "tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{}\">\n",
        attr(s.name), attr(s.package), id, timestamp, s.tests, s.failures, s.errors, s.skipped,
        zero_time);
    if (s.properties.empty()) {
        out += "    <properties/>\n";
    } else {
        out += "    <properties>\n";
        for (const auto& [name, value] : s.properties)
            out += fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", attr(name),
                               attr(value));
        out += "    </properties>\n";
    }
    out += s.cases;
    out += s.out.empty() ? "    <system-out/>\n"
                         : "    <system-out>" + xml_text(s.out) + "</system-out>\n";
    out += s.err.empty() ? "    <system-err/>\n"
                         : "    <system-err>" + xml_text(s.err) + "</system-err>\n";
    out += "  </testsuite>\n";
}

} // namespace

std::string format_junit(const run_report& report, const format_options& options) {
    const std::string timestamp =
        (report.as_of.empty() ? std::string("1970-01-01") : report.as_of) + "T00:00:00";
    std::vector<suite> suites;
    std::vector<bool> used_errors(report.errors.size(), false);
    for (const auto& c : report.cases)
        suites.push_back(case_suite(report, c, options.working_dir, used_errors));

    // Input errors no case owns (rule packs, files given twice, ...).
    std::vector<const diagnostic*> rest;
    for (std::size_t i = 0; i < report.errors.size(); ++i)
        if (!used_errors[i] && report.errors[i].severity == diagnostic_severity::error)
            rest.push_back(&report.errors[i]);
    if (!rest.empty()) {
        suite s{.name = "granska", .package = "granska", .properties = {{"as_of", report.as_of}}};
        add_error_case(s, "indata", "granska", rest, options.working_dir);
        suites.push_back(std::move(s));
    }
    // Expired and stale waivers: the waiver file needs attention.
    if (!report.waiver_problems.empty()) {
        suite s{.name = "undantag",
                .package = "granska.undantag",
                .properties = {{"as_of", report.as_of}}};
        for (const auto& w : report.waiver_problems) {
            const std::string name = fmt::format("{} {}:{}", w.kind, w.file, w.line);
            s.cases +=
                fmt::format("    <testcase name=\"{}\" classname=\"undantag\" time=\"{}\">\n",
                            attr(name), zero_time);
            s.cases += fmt::format(
                "      <failure type=\"warning\" message=\"{}\">{}</failure>\n    </testcase>\n",
                attr(w.message), xml_text(fmt::format("{}:{}: {}\n", w.file, w.line, w.message)));
            ++s.tests;
            ++s.failures;
        }
        suites.push_back(std::move(s));
    }

    // Warnings no case owns (a citation check turned off, ...) go to every
    // suite's system-err: whichever suite a reader opens says it.
    std::string notices;
    for (std::size_t i = 0; i < report.errors.size(); ++i)
        if (!used_errors[i] && report.errors[i].severity != diagnostic_severity::error)
            notices += diagnostic_text(report.errors[i], options.working_dir);
    if (!notices.empty() && suites.empty())
        suites.push_back(
            {.name = "granska", .package = "granska", .properties = {{"as_of", report.as_of}}});
    for (auto& s : suites)
        s.err += notices;

    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
    for (std::size_t i = 0; i < suites.size(); ++i)
        write_suite(out, suites[i], i, timestamp);
    out += "</testsuites>\n";
    return out;
}

} // namespace granska::checker
