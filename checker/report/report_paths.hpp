// Shared pieces of the report formats. Paths and URIs: findings name files as
// given on the command line; SARIF, GitHub and GitLab want them relative to
// the repository root (the working directory), SARIF as URI references.
// And the Swedish word for a subject kind, for text people read.
#pragma once

#include <string>

namespace granska::checker {

// `file` relative to `working_dir` when it lies inside it (generic '/'
// separators, no "./"), else `file` unchanged. Relative inputs are taken as
// already relative to the working directory.
std::string relative_path(const std::string& file, const std::string& working_dir);

// A SARIF artifact URI for `file`: a relative URI reference when the file lies
// inside `working_dir`, else an absolute file:// URI. Characters outside RFC
// 3986's unreserved set (and '/') are percent-encoded as UTF-8 bytes.
std::string artifact_uri(const std::string& file, const std::string& working_dir);

// True when artifact_uri() gives a relative reference (resolved against %SRCROOT%).
bool is_relative_uri(const std::string& uri);

// "nämnd" for body, "mål" for goal, ...; "subjekt" for a kind not known.
const char* swedish_kind(const std::string& kind);

} // namespace granska::checker
