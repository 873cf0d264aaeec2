// Shared by the workbook tests: fixtures made by tests/e2e/workbook_fixtures.py
// (openpyxl and hand-written zip packages) and findings compared by content.
#pragma once

#include "run_binary.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <set>
#include <string>

namespace granska::e2e {

// Runs the fixture script; true when it succeeded. Debian's python3-openpyxl
// is installed for Debian's own interpreter, which a pyenv or venv python3
// earlier on PATH would not see.
inline bool make_fixture(const std::string& args) {
    const std::string command = "/usr/bin/python3 '" + source_dir() +
                                "/tests/e2e/workbook_fixtures.py' " + args + " >/dev/null 2>&1";
    return std::system(command.c_str()) == 0;
}

// Every finding as "rule severity kind id: message": what a case checks to,
// whatever file or cell it was read from.
inline std::multiset<std::string> findings_of(const std::string& json_report) {
    std::multiset<std::string> out;
    const auto j = nlohmann::json::parse(json_report);
    for (const auto& c : j["cases"])
        for (const auto& f : c["findings"])
            out.insert(f["rule"].get<std::string>() + " " + f["severity"].get<std::string>() + " " +
                       f["subject"]["kind"].get<std::string>() + " " +
                       f["subject"]["id"].get<std::string>() + ": " +
                       f["message"].get<std::string>());
    return out;
}

} // namespace granska::e2e
