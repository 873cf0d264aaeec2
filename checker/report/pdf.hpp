// Headless Chromium: the PDF of the HTML report for the meeting papers
// (--format pdf), and the rendering the browser tests check. Chromium is a
// run-time tool, not a build dependency: when it is missing, the PDF fails
// with a clear message and everything else works.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace granska::checker {

// The browser to run: $GRANSKA_CHROMIUM if set, else the first of chromium,
// chromium-browser, google-chrome, google-chrome-stable found on PATH; ""
// if there is none.
std::string find_chromium();

// A file:// URL for a local path (made absolute, unsafe bytes percent-encoded).
std::string file_url(const std::string& path);

// The flags every run gets (issue 5), before the fresh --user-data-dir.
std::vector<std::string> headless_flags();

struct headless_result {
    int status = -1;    // chromium's exit status; -1 if it did not start or was stopped
    std::string output; // its standard output (--dump-dom writes the DOM there)
    std::string error;  // Swedish, empty on success (status 0)
};

// Runs chromium with headless_flags(), a new empty --user-data-dir (removed
// afterwards), then `args` (e.g. "--dump-dom", "--screenshot=FILE") and `url`.
// Stopped, with its whole process group, after `timeout_seconds`. Its own
// log on standard error is kept out of ours; the last lines are in `error`
// when it fails.
headless_result run_headless(const std::vector<std::string>& args, const std::string& url,
                             int timeout_seconds = 120);

struct pdf_result {
    std::string pdf;   // the PDF's bytes; empty on failure
    std::string error; // Swedish, empty on success
};

// Chromium's time limit for printing a report with `findings` findings: 120 s
// for starting the browser and a small report, plus 1 s per 200 findings,
// since laying out and printing grow with the report's length (a fixed 120 s
// failed large reports). At most a day, so a count near the limits of
// size_t cannot overflow.
int pdf_timeout_seconds(std::size_t findings);

// Prints an HTML document to PDF: paper and margins from the document's
// @page rule (A4 for the report), no browser header or footer, backgrounds
// kept. The HTML is written to a private temporary folder, removed afterwards.
pdf_result html_to_pdf(const std::string& html, int timeout_seconds = 120);

} // namespace granska::checker
