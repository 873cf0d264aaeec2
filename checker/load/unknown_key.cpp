#include "checker/load/unknown_key.hpp"

#include "checker/load/json_keys.hpp"

#include <algorithm>
#include <limits>

namespace granska::checker {

namespace {

// camelCase, kebab-case and snake_case spell the same key: adoptedOn is adopted_on.
std::string folded(std::string_view name) {
    std::string out;
    for (const char c : name) {
        if (c == '_' || c == '-')
            continue;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    }
    return out;
}

// Optimal string alignment distance: Levenshtein plus the swap of two
// neighbouring characters, the commonest typing slip ("titel" for "title").
std::size_t edit_distance(const std::string& a, const std::string& b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[m];
}

} // namespace

std::string closest_name(std::string_view wanted, const std::vector<std::string_view>& known) {
    const std::string target = folded(wanted);
    const std::size_t allowed = target.size() >= 5 ? 2 : 1;
    std::size_t best = std::numeric_limits<std::size_t>::max();
    std::string_view choice;
    for (const auto name : known) {
        const std::size_t d = edit_distance(target, folded(name));
        if (d < best) {
            best = d;
            choice = name;
        }
    }
    return best <= allowed ? std::string(choice) : std::string();
}

std::string unknown_key_message(std::string_view key, const std::vector<std::string_view>& known) {
    std::string message = "okänd nyckel `" + shown_key(key) + "`";
    if (const std::string close = closest_name(key, known); !close.empty())
        return message + "; menade du `" + close + "`?";
    message += "; här gäller bara ";
    for (std::size_t i = 0; i < known.size(); ++i)
        message += (i == 0                  ? ""
                    : i + 1 == known.size() ? " och "
                                            : ", ") +
                   ("`" + std::string(known[i]) + "`");
    return message;
}

} // namespace granska::checker
