// `granska trace POLICY-DIR`: the traceability matrix of a policy. Every
// sentence of policy.txt that states an obligation (checker/check/obligation.hpp:
// ska, måste, får inte, åligger, sker, följs upp, imperative handlingsplan
// items, ...) -> the rules that cite it, or the reason a pack gives for it
// not being checkable, or "not covered".
#pragma once

#include "checker/compile/packs.hpp"
#include "checker/compile/policy_text.hpp"

#include <string>
#include <vector>

namespace granska::checker {

struct trace_row {
    std::string sentence;
    std::string form;               // the obligation form the detector saw ("måste", "sker", ...)
    std::vector<std::string> rules; // ids of the rules whose citation overlaps the sentence
    std::string not_checkable;      // the reason, when a pack lists the sentence as not checkable
    bool covered() const { return !rules.empty() || !not_checkable.empty(); }
};

struct trace_matrix {
    std::string policy_file;
    std::string municipality_code;
    std::vector<trace_row> rows; // obligation sentences in text order
    // Common criteria the municipality's own documents do not carry (by rule id).
    std::vector<not_applicable_rule> not_applicable;
    std::size_t uncovered() const;
};

trace_matrix trace_policy(const policy_text& policy, const pack_set& packs);

std::string format_trace_text(const trace_matrix& m);
std::string format_trace_json(const trace_matrix& m);
std::string format_trace_html(const trace_matrix& m);

} // namespace granska::checker
