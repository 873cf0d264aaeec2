#include "checker/results/json_diff.hpp"

#include "checker/base/json_pointer.hpp"

#include <algorithm>
#include <set>

namespace granska::checker {

namespace {

// Long values (a whole finding) are shortened: the pointer says where, the
// beginning of the value is enough to recognise it.
std::string shown(const nlohmann::json& value) {
    constexpr std::size_t limit = 160;
    std::string text = value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (text.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // not inside a UTF-8 sequence
        text = text.substr(0, cut) + "…";
    }
    return text;
}

struct differ {
    const std::vector<std::string>& ignored;
    std::vector<json_difference>& out;

    void compare(const nlohmann::json& a, const nlohmann::json& b, const std::string& at) {
        if (std::find(ignored.begin(), ignored.end(), at) != ignored.end())
            return;
        if (a.is_object() && b.is_object()) {
            std::set<std::string> keys;
            for (const auto& [key, value] : a.items())
                keys.insert(key);
            for (const auto& [key, value] : b.items())
                keys.insert(key);
            for (const auto& key : keys) {
                const std::string where = pointer_append(at, key);
                const bool in_a = a.contains(key), in_b = b.contains(key);
                if (in_a && in_b)
                    compare(a[key], b[key], where);
                else if (std::find(ignored.begin(), ignored.end(), where) == ignored.end())
                    out.push_back({where,
                                   in_a ? json_difference::kind::only_before
                                        : json_difference::kind::only_after,
                                   in_a ? shown(a[key]) : "", in_b ? shown(b[key]) : ""});
            }
            return;
        }
        if (a.is_array() && b.is_array()) {
            const std::size_t common = std::min(a.size(), b.size());
            for (std::size_t i = 0; i < common; ++i)
                compare(a[i], b[i], pointer_append(at, std::to_string(i)));
            for (std::size_t i = common; i < a.size(); ++i)
                out.push_back({pointer_append(at, std::to_string(i)),
                               json_difference::kind::only_before, shown(a[i]), ""});
            for (std::size_t i = common; i < b.size(); ++i)
                out.push_back({pointer_append(at, std::to_string(i)),
                               json_difference::kind::only_after, "", shown(b[i])});
            return;
        }
        if (a != b)
            out.push_back({at, json_difference::kind::changed, shown(a), shown(b)});
    }
};

} // namespace

std::string pointer_append(const std::string& pointer, const std::string& token) {
    std::string out = pointer + "/";
    append_pointer_token(out, token);
    return out;
}

std::vector<json_difference> json_differences(const nlohmann::json& before,
                                              const nlohmann::json& after,
                                              const std::vector<std::string>& ignored) {
    std::vector<json_difference> out;
    differ{ignored, out}.compare(before, after, "");
    return out;
}

} // namespace granska::checker
