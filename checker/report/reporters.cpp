#include "checker/report/reporters.hpp"

#include "checker/base/redact.hpp"
#include "checker/report/pdf.hpp"

#include <algorithm>
#include <array>

namespace granska::checker {

namespace {

// A text format: its function's text, never an error.
template <std::string (*format)(const run_report&, const format_options&)>
rendered as_text(const run_report& report, const format_options& options) {
    return {format(report, options), {}};
}

// The HTML report printed by headless Chromium: the meeting papers, with a
// time limit that grows with the number of findings printed.
rendered as_pdf(const run_report& report, const format_options& options) {
    std::size_t findings = 0;
    for (const auto& c : report.cases)
        findings += c.findings.size();
    auto printed = html_to_pdf(redact_personal_numbers(format_html(report, options)),
                               pdf_timeout_seconds(findings));
    return {std::move(printed.pdf), std::move(printed.error)};
}

constexpr std::array<reporter, 9> table{{
    {.name = "text", .extension = "txt", .render = as_text<format_text>},
    {.name = "json", .extension = "json", .render = as_text<format_json>, .stream = write_json},
    {.name = "sarif", .extension = "sarif", .render = as_text<format_sarif>},
    {.name = "junit", .extension = "xml", .render = as_text<format_junit>},
    {.name = "github", .extension = "txt", .render = as_text<format_github>},
    {.name = "gitlab", .extension = "json", .render = as_text<format_gitlab>},
    {.name = "markdown", .extension = "md", .render = as_text<format_markdown>},
    {.name = "html", .extension = "html", .render = as_text<format_html>},
    {.name = "pdf", .extension = "pdf", .render = as_pdf, .binary = true},
}};

} // namespace

std::span<const reporter> reporters() {
    return table;
}

const reporter* find_reporter(std::string_view name) {
    const auto it =
        std::find_if(table.begin(), table.end(), [&](const reporter& r) { return r.name == name; });
    return it == table.end() ? nullptr : &*it;
}

std::vector<std::string> reporter_names() {
    std::vector<std::string> names;
    for (const auto& r : table)
        names.emplace_back(r.name);
    return names;
}

} // namespace granska::checker
