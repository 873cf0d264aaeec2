// Parts of the HTML report (format_html.cpp) that are not about one
// municipality: the stylesheet, the summary at the top and the appendix with
// input errors and the audit trail. Internal to the HTML format.
#pragma once

#include "checker/report/formats.hpp"

#include <string>

namespace granska::checker {

// The report's CSS: screen and print (A4, page breaks between
// municipalities, findings and table rows not cut, table headers repeated).
extern const char* const html_report_style;

// <section> "Sammanfattning": reference date, municipalities and policies,
// rule packs with short hashes, counts per severity, with --compare the
// counts of new, unchanged and resolved findings, and for a batch a table
// and a chart per municipality.
std::string html_summary(const run_report& report, const format_options& options);

// Input errors, waivers to review, and "Spårbarhet" (full hashes of packs
// and input files, the command line). Sections only for what is present,
// except Spårbarhet, which is always there.
std::string html_appendix(const run_report& report, const format_options& options);

} // namespace granska::checker
