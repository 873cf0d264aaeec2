#include "checker/results/result_fields.hpp"

#include "checker/base/calendar.hpp"
#include "checker/results/json_diff.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <initializer_list>
#include <vector>

namespace granska::checker {

namespace {

using nlohmann::json;

// A check of one value at a JSON Pointer.
using rule = std::function<void(const json&, const std::string&)>;

struct member_rule {
    const char* name;
    bool required;
    rule check;
};

class result_checker {
public:
    explicit result_checker(const std::string& file) : file_(file) {}

    diagnostics take() { return std::move(errors_); }

    void error(const std::string& pointer, std::string message) {
        errors_.push_back({diagnostic_severity::error, file_, 0, 0, pointer,
                           "inte ett granska-resultat: " + std::move(message), ""});
    }

    // A value of one JSON type (`holds` is json::is_string and the like).
    rule of_type(bool (json::*holds)() const noexcept, const char* expected) {
        return [this, holds, expected](const json& j, const std::string& at) {
            if (!(j.*holds)())
                error(at, expected);
        };
    }
    rule text() { return of_type(&json::is_string, "ska vara en sträng"); }
    // Lower-case hexadecimal of at most 64 digits (a SHA-256 or a fingerprint).
    rule hex() {
        return [this](const json& j, const std::string& at) {
            const bool ok = j.is_string() && !j.get_ref<const std::string&>().empty() &&
                            j.get_ref<const std::string&>().size() <= 64 &&
                            j.get_ref<const std::string&>().find_first_not_of("0123456789abcdef") ==
                                std::string::npos;
            if (!ok)
                error(at, "ska vara en kontrollsumma med små hexadecimala siffror");
        };
    }
    // `check`, or "" (written where a value was not there to record).
    static rule or_empty(rule check) {
        return [check = std::move(check)](const json& j, const std::string& at) {
            if (!(j.is_string() && j.get_ref<const std::string&>().empty()))
                check(j, at);
        };
    }
    // A fingerprint may be "" in a result of a run without them.
    rule hex_or_empty() { return or_empty(hex()); }
    rule date() {
        return [this](const json& j, const std::string& at) {
            if (!j.is_string() || !calendar::parse_date(j.get<std::string>()))
                error(at, "ska vara ett datum ÅÅÅÅ-MM-DD som finns");
        };
    }
    // A waiver without an expiry date is written with "".
    rule date_or_empty() { return or_empty(date()); }
    rule one_of(std::vector<std::string> values) {
        return [this, values = std::move(values)](const json& j, const std::string& at) {
            if (j.is_string())
                for (const auto& v : values)
                    if (j.get_ref<const std::string&>() == v)
                        return;
            std::string listed;
            for (std::size_t i = 0; i < values.size(); ++i)
                listed += (i == 0                   ? "\""
                           : i + 1 == values.size() ? " eller \""
                                                    : ", \"") +
                          values[i] + "\"";
            error(at, "ska vara " + listed);
        };
    }
    rule count() {
        return of_type(&json::is_number_unsigned, "ska vara ett heltal, 0 eller större");
    }
    rule flag() { return of_type(&json::is_boolean, "ska vara true eller false"); }
    rule array_of(rule element) {
        return [this, element = std::move(element)](const json& j, const std::string& at) {
            if (!j.is_array())
                return error(at, "ska vara en lista");
            for (std::size_t i = 0; i < j.size(); ++i)
                element(j[i], fmt::format("{}/{}", at, i));
        };
    }
    rule object(std::vector<member_rule> members) {
        return [this, members = std::move(members)](const json& j, const std::string& at) {
            if (!j.is_object())
                return error(at, "ska vara ett objekt");
            for (const auto& m : members)
                if (const auto it = j.find(m.name); it != j.end())
                    m.check(*it, at + "/" + m.name);
                else if (m.required)
                    error(at + "/" + m.name, "saknas");
            for (const auto& [key, value] : j.items()) {
                bool known = false;
                for (const auto& m : members)
                    known |= key == m.name;
                if (!known)
                    error(pointer_append(at, key), "okänd medlem");
            }
        };
    }

private:
    const std::string& file_;
    diagnostics errors_;
};

} // namespace

diagnostics check_result_fields(const json& j, const std::string& file) {
    result_checker c(file);
    const auto severity = c.one_of({"error", "warning", "info"});
    const auto a_citation = c.object(
        {{"document", true, c.text()}, {"section", true, c.text()}, {"text", true, c.text()}});
    const auto finding = c.object({
        {"rule", true, c.text()},
        {"severity", true, severity},
        {"title", true, c.text()},
        {"subject", true,
         c.object({{"kind", true,
                    c.one_of({"policy", "body", "plan", "goal", "action", "record", "case"})},
                   {"id", true, c.text()},
                   {"file", true, c.text()},
                   {"pointer", true, c.text()},
                   {"line", true, c.count()},
                   {"column", false, c.count()},
                   {"end_line", false, c.count()},
                   {"end_column", false, c.count()},
                   {"body", false, c.text()},
                   {"sheet", false, c.text()},
                   {"cell", false, c.text()}})},
        {"message", true, c.text()},
        {"citation", true, a_citation},
        {"interpretation", false, c.text()},
        {"same_fact", false,
         c.array_of(c.object({{"rule", true, c.text()},
                              {"title", true, c.text()},
                              {"citation", true, a_citation}}))},
        {"evidence", false,
         c.array_of(c.object({{"name", true, c.text()}, {"value", true, c.text()}}))},
        {"fingerprint", true, c.hex_or_empty()},
        {"state", true, c.one_of({"new", "known", "waived"})},
        {"waiver", false,
         c.object({{"justification", true, c.text()},
                   {"decided_by", true, c.text()},
                   {"expires", true, c.date_or_empty()}})},
    });
    const auto a_rule = c.object({
        {"id", true, c.text()},
        {"title", true, c.text()},
        {"severity", true, severity},
        {"pack", true, c.text()},
        {"file", true, c.text()},
        {"line", true, c.count()},
        {"citation", true, a_citation},
        {"interpretation", false, c.text()},
        {"statute", false, c.flag()},
        {"same_fact_as", false, c.text()},
        {"per_municipality", false, c.flag()},
    });
    const auto a_case = c.object({
        {"path", true, c.text()},
        {"municipality", true, c.object({{"name", true, c.text()}, {"code", true, c.text()}})},
        {"loaded", true, c.flag()},
        {"policy", false, c.object({{"id", true, c.text()}, {"title", true, c.text()}})},
        {"rule_packs", false, c.array_of(c.text())},
        {"bodies", false,
         c.array_of(c.object(
             {{"id", true, c.text()}, {"name", true, c.text()}, {"kind", true, c.text()}}))},
        {"not_applicable", false,
         c.array_of(c.object(
             {{"rule", true, c.text()}, {"title", true, c.text()}, {"reason", true, c.text()}}))},
        {"findings", true, c.array_of(finding)},
        {"common_only", false, c.flag()},
        {"notice", false, c.text()},
    });
    const auto result = c.object({
        {"tool", true,
         c.object({{"name", true, c.one_of({"granska"})}, {"version", true, c.text()}})},
        {"as_of", true, c.date()},
        {"audit", false, c.flag()},
        {"command_line", false, c.array_of(c.text())},
        {"rule_packs", true,
         c.array_of(c.object({{"id", true, c.text()},
                              {"title", true, c.text()},
                              {"file", true, c.text()},
                              {"sha256", true, c.hex()}}))},
        {"rules", false, c.array_of(a_rule)},
        {"cases", true, c.array_of(a_case)},
        {"errors", true,
         c.array_of(c.object({{"file", true, c.text()},
                              {"line", true, c.count()},
                              {"column", true, c.count()},
                              {"pointer", true, c.text()},
                              {"sheet", false, c.text()},
                              {"cell", false, c.text()},
                              {"message", true, c.text()},
                              {"severity", false, c.one_of({"warning"})}}))},
        {"waiver_problems", false,
         c.array_of(c.object({{"kind", true, c.one_of({"expired", "stale"})},
                              {"file", true, c.text()},
                              {"line", true, c.count()},
                              {"message", true, c.text()}}))},
        {"inputs", true,
         c.array_of(c.object({{"path", true, c.text()}, {"sha256", true, c.hex()}}))},
        {"summary", false,
         c.object({{"cases", false, c.count()},
                   {"error", false, c.count()},
                   {"warning", false, c.count()},
                   {"info", false, c.count()},
                   {"input_errors", false, c.count()},
                   {"known", false, c.count()},
                   {"waived", false, c.count()}})},
    });
    // Something else altogether (a SARIF log, another tool's JSON): one message.
    if (!j.is_object() || !j.contains("tool") || !j["tool"].is_object() ||
        j["tool"].value("name", "") != "granska") {
        c.error("/tool/name", "ska vara \"granska\" (filen är inte ett resultat från granska)");
        return c.take();
    }
    result(j, "");
    return c.take();
}

} // namespace granska::checker
