// What the sub-commands share: options every one takes (--rules,
// --policies, -v, -q), loading the packs, diagnostics on stderr, and writing
// the output to standard output or atomically to a file.
#pragma once

#include "checker/compile/packs.hpp"
#include "checker/report/formats.hpp"

#include <functional>
#include <streambuf>
#include <string>
#include <vector>

namespace granska::checker {

struct common_options {
    std::vector<std::string> rules;
    std::string policies;           // policy texts for the citation check
    bool no_citation_check = false; // drafts only; every report says so
    bool verbose = false;
    bool quiet = false;
};

void setup_logging(const common_options& o);
std::string today(); // YYYY-MM-DD, local time

// Where the policy texts are taken from instead of the packs' own folders
// (--policies, else GRANSKA_POLICIES); empty when from the packs.
std::string policies_override(const common_options& o);

// Loads the packs and checks their citations; false if any error.
bool load_rules(const common_options& o, pack_set& packs, diagnostics& errors);
// The same, with the diagnostics printed on stderr.
bool load_rules_printed(const common_options& o, pack_set& packs);
void print_diagnostics(const diagnostics& ds);

// Writes a text produced in pieces to standard output or atomically to
// `output`; 2 (with a message) when the file cannot be written. A failed
// write to standard output is found by standard_output_failed() at the end.
// A text has personal identity numbers redacted on the way
// (checker/base/redact.hpp); a `binary` (the PDF, made from an HTML report already
// redacted) is not touched.
int emit_stream(const std::string& output, const std::function<void(const output_sink&)>& produce,
                bool binary = false);
// A whole text, the same way.
int emit(const std::string& text, const std::string& output, bool binary = false);
// False (with a message) when `output` is one of `inputs` (checker/base/output.hpp).
bool output_allowed(const std::string& output, const std::vector<std::string>& inputs);

// Standard output for std::cout, written with write(2) so that the first
// failure and its reason (ENOSPC on a full disk or /dev/full) are kept:
// iostreams only say that something failed.
class checked_stdout : public std::streambuf {
public:
    checked_stdout();
    ~checked_stdout() override;
    checked_stdout(const checked_stdout&) = delete;
    checked_stdout& operator=(const checked_stdout&) = delete;

    // Flushes; true (with a Swedish message on stderr) when anything written
    // was lost, so the run fails instead of reporting success.
    bool failed();

protected:
    int_type overflow(int_type c) override;
    int sync() override;

private:
    bool drain();

    std::streambuf* previous_;
    std::vector<char> buffer_;
    int error_ = 0;
};

} // namespace granska::checker
