#include "checker/report/report_paths.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <map>

namespace granska::checker {

namespace fs = std::filesystem;

std::string relative_path(const std::string& file, const std::string& working_dir) {
    if (file.empty())
        return file;
    const fs::path p(file);
    if (p.is_relative()) {
        auto normal = p.lexically_normal().generic_string();
        return normal.empty() || normal == "." ? file : normal;
    }
    if (working_dir.empty())
        return p.lexically_normal().generic_string();
    const fs::path rel =
        p.lexically_normal().lexically_relative(fs::path(working_dir).lexically_normal());
    const auto text = rel.generic_string();
    // Outside the working directory (or on another root): keep the absolute path.
    if (text.empty() || text == "." || text.starts_with("../") || text == "..")
        return p.lexically_normal().generic_string();
    return text;
}

namespace {

std::string percent_encode(const std::string& path) {
    std::string out;
    for (const unsigned char c : path) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~' || c == '/';
        out += unreserved ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
    }
    return out;
}

} // namespace

std::string artifact_uri(const std::string& file, const std::string& working_dir) {
    const std::string rel = relative_path(file, working_dir);
    if (!rel.empty() && rel.front() == '/')
        return "file://" + percent_encode(rel);
    // A relative path that climbs out ("../x") stays a relative reference: SARIF
    // consumers resolve it against %SRCROOT% like any other.
    return percent_encode(rel);
}

bool is_relative_uri(const std::string& uri) {
    return !uri.starts_with("file:");
}

const char* swedish_kind(const std::string& kind) {
    static const std::map<std::string, const char*> words{
        {"policy", "policy"}, {"body", "nämnd"},  {"plan", "plan"}, {"goal", "mål"},
        {"action", "åtgärd"}, {"record", "post"}, {"case", "fall"}};
    const auto it = words.find(kind);
    return it == words.end() ? "subjekt" : it->second;
}

} // namespace granska::checker
